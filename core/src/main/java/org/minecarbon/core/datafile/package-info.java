/** Reading the project's own CSV data files (units, GWP, vocabularies, factor sets). */
@NullMarked
package org.minecarbon.core.datafile;

import org.jspecify.annotations.NullMarked;
