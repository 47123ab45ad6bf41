/** Writers for balance results and explanations: JSON trees, Table 1 as CSV and XLSX. */
@NullMarked
package org.minecarbon.io.result;

import org.jspecify.annotations.NullMarked;
