/**
 * openLCA JSON-LD (olca-schema v1 and v2, zip or folder) into the lca model, the {@code
 * minecarbon/lci@1} result writer and the prepared-library file of {@code lca import}.
 */
@NullMarked
package org.minecarbon.io.lca;

import org.jspecify.annotations.NullMarked;
