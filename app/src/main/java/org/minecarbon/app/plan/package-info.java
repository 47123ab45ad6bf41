/**
 * Reduction-pathway plans of an enterprise (issue 13): stored and versioned, run as jobs on the
 * enterprise's inventory as stored, audited.
 */
@NullMarked
package org.minecarbon.app.plan;

import org.jspecify.annotations.NullMarked;
