/**
 * Report writers that need no server: the XLSX report in the NDRC guideline layout and the PDF
 * carbon balance analysis report (seed 002 §3.1), in Chinese or English.
 */
@NullMarked
package org.minecarbon.report;

import org.jspecify.annotations.NullMarked;
