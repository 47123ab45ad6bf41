/**
 * openLCA's formula language (`IF(c; a; b)`, `=` as comparison, case-insensitive names) and the
 * parameter scopes it is evaluated in.
 */
@NullMarked
package org.minecarbon.lca.formula;

import org.jspecify.annotations.NullMarked;
