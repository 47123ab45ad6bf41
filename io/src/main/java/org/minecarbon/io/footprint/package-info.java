/**
 * Mine footprint files: {@code LINKS.json}, the inventory's footprint extensions ({@code price} on
 * production rows, {@code materials[]}) and the {@code minecarbon/footprint@1} result.
 */
@NullMarked
package org.minecarbon.io.footprint;

import org.jspecify.annotations.NullMarked;
