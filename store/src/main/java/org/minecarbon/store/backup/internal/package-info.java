/** Schema discovery, table encoding and archive checks behind the backup API. */
@NullMarked
package org.minecarbon.store.backup.internal;

import org.jspecify.annotations.NullMarked;
