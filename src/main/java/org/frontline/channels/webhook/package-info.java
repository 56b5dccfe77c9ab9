@NullMarked
package org.frontline.channels.webhook;

import org.jspecify.annotations.NullMarked;
