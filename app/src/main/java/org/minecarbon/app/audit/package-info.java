/**
 * The audit feature: recording every change in the hash-chained trail, reading history and
 * verifying the chain.
 */
@NullMarked
package org.minecarbon.app.audit;

import org.jspecify.annotations.NullMarked;
