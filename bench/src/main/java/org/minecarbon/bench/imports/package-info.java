/** Issue 11: a whole-document import through the use case into PostgreSQL, against COPY. */
@NullMarked
package org.minecarbon.bench.imports;

import org.jspecify.annotations.NullMarked;
