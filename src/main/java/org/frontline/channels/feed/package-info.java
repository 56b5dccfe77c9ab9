@NullMarked
package org.frontline.channels.feed;

import org.jspecify.annotations.NullMarked;
