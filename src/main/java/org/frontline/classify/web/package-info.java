/** Pages and endpoints of the classify module: agents' corrections, the classification admin page. */
@NullMarked
package org.frontline.classify.web;

import org.jspecify.annotations.NullMarked;
