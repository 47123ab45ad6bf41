/**
 * The XLSX workbook form of an inventory document and the annotated input template (Apache POI).
 */
@NullMarked
package org.minecarbon.io.workbook;

import org.jspecify.annotations.NullMarked;
