/** Embedded meter ingestion: the registry, readings stored durably and the derived meter rows. */
@NullMarked
package org.minecarbon.app.meter;

import org.jspecify.annotations.NullMarked;
