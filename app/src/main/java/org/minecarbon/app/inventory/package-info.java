/**
 * Inventory rows of an enterprise: list, add, change, delete, by period and site, validated as the
 * CLI validates.
 */
@NullMarked
package org.minecarbon.app.inventory;

import org.jspecify.annotations.NullMarked;
