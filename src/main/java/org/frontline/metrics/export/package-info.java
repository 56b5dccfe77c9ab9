/** Exports of dashboard data and case lists as CSV and XLSX, with spreadsheet formulas neutralized. */
@NullMarked
package org.frontline.metrics.export;

import org.jspecify.annotations.NullMarked;
