/** Reports written by the report module. */
@NullMarked
package org.minecarbon.app.report.internal;

import org.jspecify.annotations.NullMarked;
