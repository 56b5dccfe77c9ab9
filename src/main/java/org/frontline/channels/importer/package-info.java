@NullMarked
package org.frontline.channels.importer;

import org.jspecify.annotations.NullMarked;
