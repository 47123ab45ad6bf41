/**
 * The XLSX workbook form of an inventory document and the annotated input template (Apache POI).
 */
@NullMarked
package org.minecarbon.io.workbook.internal;

import org.jspecify.annotations.NullMarked;
