/** Enterprises and their sites: header, settings and site list of a tenant's enterprises. */
@NullMarked
package org.minecarbon.app.enterprise;

import org.jspecify.annotations.NullMarked;
