/**
 * Expected outcomes as values: {@link org.minecarbon.core.result.Result} and {@link
 * org.minecarbon.core.result.Issue} with stable codes.
 */
@NullMarked
package org.minecarbon.core.result;

import org.jspecify.annotations.NullMarked;
