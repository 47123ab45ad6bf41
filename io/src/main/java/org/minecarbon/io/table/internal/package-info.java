/**
 * The tabular form of an inventory document shared by the XLSX workbook and the CSV folder: sheet
 * layout, cell text encodings, and the mapping to and from the JSON tree.
 */
@NullMarked
package org.minecarbon.io.table.internal;

import org.jspecify.annotations.NullMarked;
