/** Evidence files (invoices, readings, assays) attached to inventory rows. */
@NullMarked
package org.minecarbon.app.evidence;

import org.jspecify.annotations.NullMarked;
