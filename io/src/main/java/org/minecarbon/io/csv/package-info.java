/** The CSV-folder form of an inventory document: one UTF-8 file per sheet (RFC 4180). */
@NullMarked
package org.minecarbon.io.csv;

import org.jspecify.annotations.NullMarked;
