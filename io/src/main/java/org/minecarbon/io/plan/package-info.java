/**
 * The plan document v1 and plan result v1 JSON formats: reading with every problem pointed, writing
 * in contract order.
 */
@NullMarked
package org.minecarbon.io.plan;

import org.jspecify.annotations.NullMarked;
