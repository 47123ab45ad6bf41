/** The balance, explain and uncertainty use cases on core's engine. */
@NullMarked
package org.minecarbon.app.balance.internal;

import org.jspecify.annotations.NullMarked;
