/** Deliberately tiny vocabulary shared by every module: workspace ids and paging. */
@NullMarked
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.frontline.shared;

import org.jspecify.annotations.NullMarked;
