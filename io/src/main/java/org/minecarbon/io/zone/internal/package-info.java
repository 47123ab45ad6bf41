/** The row checks shared by the provinces' energy CSV and XLSX readers. */
@NullMarked
package org.minecarbon.io.zone.internal;

import org.jspecify.annotations.NullMarked;
