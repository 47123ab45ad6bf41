/**
 * Use cases of MineCarbon by feature, framework-free: the composition root {@link
 * org.minecarbon.app.App} and the refusals every adapter maps (invalid input, not found, forbidden,
 * refused).
 */
@NullMarked
package org.minecarbon.app;

import org.jspecify.annotations.NullMarked;
