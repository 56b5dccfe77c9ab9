/** The classifier's parts, its storage, and the training and evaluation commands. Private to the module. */
@NullMarked
package org.frontline.classify.internal;

import org.jspecify.annotations.NullMarked;
