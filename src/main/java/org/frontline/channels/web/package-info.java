@NullMarked
package org.frontline.channels.web;

import org.jspecify.annotations.NullMarked;
