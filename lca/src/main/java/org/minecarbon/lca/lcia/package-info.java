/**
 * Life-cycle impact assessment: IPCC GWP100 via the reviewed flow-to-gas mapping, and methods
 * carried in the imported data.
 */
@NullMarked
package org.minecarbon.lca.lcia;

import org.jspecify.annotations.NullMarked;
