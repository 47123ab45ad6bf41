/** Report files (guideline XLSX, analysis PDF) of an enterprise's balance. */
@NullMarked
package org.minecarbon.app.report;

import org.jspecify.annotations.NullMarked;
