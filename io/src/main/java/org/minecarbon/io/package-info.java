/** Reading and writing inventory documents (JSON, XLSX, CSV) and balance results. */
@NullMarked
package org.minecarbon.io;

import org.jspecify.annotations.NullMarked;
