/**
 * Product carbon footprints of an enterprise (footprint contract v1 §4): compute and keep runs,
 * background LCA databases per group, links of purchased inputs to background processes.
 */
@NullMarked
package org.minecarbon.app.footprint;

import org.jspecify.annotations.NullMarked;
