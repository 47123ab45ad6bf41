/** The store-backed meter service: classification of a batch, and the upsert of meter rows. */
@NullMarked
package org.minecarbon.app.meter.internal;

import org.jspecify.annotations.NullMarked;
