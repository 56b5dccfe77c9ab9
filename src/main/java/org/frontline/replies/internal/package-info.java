@NullMarked
package org.frontline.replies.internal;

import org.jspecify.annotations.NullMarked;
