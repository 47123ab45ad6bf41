/** Sheets, XHTML, charts and PDF rendering behind {@link org.minecarbon.report.Reports}. */
@NullMarked
package org.minecarbon.report.internal;

import org.jspecify.annotations.NullMarked;
