/**
 * Results of an enterprise's inventory: the balance, explanations of any figure, and Monte Carlo
 * uncertainty as a job.
 */
@NullMarked
package org.minecarbon.app.balance;

import org.jspecify.annotations.NullMarked;
