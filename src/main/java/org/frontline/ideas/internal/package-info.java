/** The portal's data, rules and jobs. Private to the ideas module. */
@NullMarked
package org.frontline.ideas.internal;

import org.jspecify.annotations.NullMarked;
