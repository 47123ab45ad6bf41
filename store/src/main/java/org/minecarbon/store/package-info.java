/**
 * The store: one data source, repositories by feature, transactions and migrations over plain JDBC.
 */
@NullMarked
package org.minecarbon.store;

import org.jspecify.annotations.NullMarked;
