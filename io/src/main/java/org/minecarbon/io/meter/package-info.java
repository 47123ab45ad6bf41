/**
 * Meter file formats: the registry (minecarbon/meters@1), readings CSV and JSON lines, meter rows.
 */
@NullMarked
package org.minecarbon.io.meter;

import org.jspecify.annotations.NullMarked;
