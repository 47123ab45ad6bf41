/** Evidence files attached to enterprises, years and rows. */
@NullMarked
package org.minecarbon.store.evidence;

import org.jspecify.annotations.NullMarked;
