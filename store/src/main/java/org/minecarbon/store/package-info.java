/** Persistence of groups, users, enterprises, sites and inventory rows over plain JDBC. */
@NullMarked
package org.minecarbon.store;

import org.jspecify.annotations.NullMarked;
