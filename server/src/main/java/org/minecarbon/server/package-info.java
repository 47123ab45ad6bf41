/** The MineCarbon web application: composition root of core, io and store. */
@NullMarked
package org.minecarbon.server;

import org.jspecify.annotations.NullMarked;
