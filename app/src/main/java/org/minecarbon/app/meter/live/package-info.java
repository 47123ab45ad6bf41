/**
 * Live monitoring of a site: emissions so far today, this month and this year by balance column,
 * the methane panel, and the notification that readings were stored.
 */
@NullMarked
package org.minecarbon.app.meter.live;

import org.jspecify.annotations.NullMarked;
