/** Mapping between the inventory document v1 JSON tree and the core model, in both directions. */
@NullMarked
package org.minecarbon.io.json.internal;

import org.jspecify.annotations.NullMarked;
