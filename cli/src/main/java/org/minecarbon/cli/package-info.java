/** The {@code minecarbon} command line: entry point, version and exit-code conventions. */
@NullMarked
package org.minecarbon.cli;

import org.jspecify.annotations.NullMarked;
