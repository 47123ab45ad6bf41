/**
 * Monthly activity rows in inventory v1 form built from aggregated meter quantities (contract
 * meters v1 §3).
 */
@NullMarked
package org.minecarbon.meter.rows;

import org.jspecify.annotations.NullMarked;
