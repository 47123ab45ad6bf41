/** Column lists of the sheets and the key/value enterprise sheet decoder. */
@NullMarked
package org.minecarbon.io.table.internal;

import org.jspecify.annotations.NullMarked;
