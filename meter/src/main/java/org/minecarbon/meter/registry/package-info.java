/**
 * The meter registry (contract meters v1 §1): meters, their kinds, modes and settings, and its
 * validation.
 */
@NullMarked
package org.minecarbon.meter.registry;

import org.jspecify.annotations.NullMarked;
