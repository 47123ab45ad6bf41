/** The audit trail and history over the store. */
@NullMarked
package org.minecarbon.app.audit.internal;

import org.jspecify.annotations.NullMarked;
