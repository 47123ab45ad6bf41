/** Writers for balance results and explanations (JSON trees, Table 1 CSV and XLSX). */
@NullMarked
package org.minecarbon.io.result.internal;

import org.jspecify.annotations.NullMarked;
