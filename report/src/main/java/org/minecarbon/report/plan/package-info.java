/** Exports of a plan result (issue 13): the XLSX workbook, and each measure's seed-004 path. */
@NullMarked
package org.minecarbon.report.plan;

import org.jspecify.annotations.NullMarked;
