/** How the job runner keeps jobs in the store. */
@NullMarked
package org.minecarbon.app.job.internal;

import org.jspecify.annotations.NullMarked;
