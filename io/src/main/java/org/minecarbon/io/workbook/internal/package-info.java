/** Decorations of the input template: header comments, drop-down lists, instructions sheet. */
@NullMarked
package org.minecarbon.io.workbook.internal;

import org.jspecify.annotations.NullMarked;
