/** Reduction-pathway plans of an enterprise and their versions (tables plan, plan_version). */
@NullMarked
package org.minecarbon.store.plan;

import org.jspecify.annotations.NullMarked;
