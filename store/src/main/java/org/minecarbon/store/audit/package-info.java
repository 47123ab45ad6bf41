/** The hash-chained audit trail: append, query and verify. */
@NullMarked
package org.minecarbon.store.audit;

import org.jspecify.annotations.NullMarked;
