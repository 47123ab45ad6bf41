/** Import with preview of locks and replacement of the enterprise's rows. */
@NullMarked
package org.minecarbon.app.document.internal;

import org.jspecify.annotations.NullMarked;
