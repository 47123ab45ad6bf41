/** JDBC plumbing of the store: connections bound to a thread for one transaction. */
@NullMarked
package org.minecarbon.store.internal;

import org.jspecify.annotations.NullMarked;
