/**
 * The imported LCA database as values keyed by `@id`: units, flow properties, flows, processes,
 * exchanges, parameters, allocation factors and uncertainty distributions.
 */
@NullMarked
package org.minecarbon.lca.model;

import org.jspecify.annotations.NullMarked;
