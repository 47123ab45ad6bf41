/** Spring wiring: data source and store, security, first administrator. */
@NullMarked
package org.minecarbon.server.config;

import org.jspecify.annotations.NullMarked;
