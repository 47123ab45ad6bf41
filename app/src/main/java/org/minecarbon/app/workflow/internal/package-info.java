/** Workflow transitions and verified snapshots in the store. */
@NullMarked
package org.minecarbon.app.workflow.internal;

import org.jspecify.annotations.NullMarked;
