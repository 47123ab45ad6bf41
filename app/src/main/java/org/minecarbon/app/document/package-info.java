/**
 * Whole-document import and export of an enterprise's inventory (JSON, XLSX), read and validated
 * exactly as the CLI does.
 */
@NullMarked
package org.minecarbon.app.document;

import org.jspecify.annotations.NullMarked;
