/** The weekly summary e-mail: key figures and charts of the last full week, per workspace, sent once. */
@NullMarked
package org.frontline.metrics.report;

import org.jspecify.annotations.NullMarked;
