/**
 * The job feature: one runner for long work (uncertainty now; planning, footprints and bulk imports
 * next) with progress, cancel and a result kept in the store, so a restart loses no finished
 * result.
 */
@NullMarked
package org.minecarbon.app.job;

import org.jspecify.annotations.NullMarked;
