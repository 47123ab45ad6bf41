/**
 * The reporting-year workflow: draft, submitted, reviewed, verified; transitions and period locks
 * as domain rules.
 */
@NullMarked
package org.minecarbon.app.workflow;

import org.jspecify.annotations.NullMarked;
