/** The store's Java migrations: schema steps one database only has (registered in Store.flyway). */
@NullMarked
package org.minecarbon.store.migration;

import org.jspecify.annotations.NullMarked;
