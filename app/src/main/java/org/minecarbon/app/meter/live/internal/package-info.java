/** Implementation of the live figures from the stored readings and the balance's calculator. */
@NullMarked
package org.minecarbon.app.meter.live.internal;

import org.jspecify.annotations.NullMarked;
