/** The store- and job-backed implementation of the plan service. */
@NullMarked
package org.minecarbon.app.plan.internal;

import org.jspecify.annotations.NullMarked;
