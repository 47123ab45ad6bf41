/** The mixed-integer programme of a plan, built from its projection, in a solver-neutral form. */
@NullMarked
package org.minecarbon.planning.model;

import org.jspecify.annotations.NullMarked;
