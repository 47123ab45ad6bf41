/** Long-running jobs kept in the store: state, progress, parameters, result and issues. */
@NullMarked
package org.minecarbon.store.job;

import org.jspecify.annotations.NullMarked;
