/**
 * The tabular form of an inventory document shared by the XLSX workbook and the CSV folder: layout,
 * cell encodings, and the mapping to and from the JSON tree.
 */
@NullMarked
package org.minecarbon.io.table;

import org.jspecify.annotations.NullMarked;
