/** Background LCA databases, links of purchased inputs and stored footprint runs. */
@NullMarked
package org.minecarbon.store.footprint;

import org.jspecify.annotations.NullMarked;
