/**
 * Linking product inputs and waste outputs to providers (footprint contract §2) into a technosphere
 * index.
 */
@NullMarked
package org.minecarbon.lca.link;

import org.jspecify.annotations.NullMarked;
