/**
 * The mine product carbon footprint (footprint contract v1 §4): the balance engine's rows by stage,
 * purchased inputs linked to a background, co-product allocation, kg CO2e per tonne of product.
 */
@NullMarked
package org.minecarbon.lca.footprint;

import org.jspecify.annotations.NullMarked;
