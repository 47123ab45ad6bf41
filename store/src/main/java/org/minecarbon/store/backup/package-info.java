/** Backup of the whole application database into one zip file and restore into a fresh one. */
@NullMarked
package org.minecarbon.store.backup;

import org.jspecify.annotations.NullMarked;
