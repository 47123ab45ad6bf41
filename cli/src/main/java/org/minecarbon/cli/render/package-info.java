/** Plain-text rendering of results for a terminal: aligned tables, numbers, explanations. */
@NullMarked
package org.minecarbon.cli.render;

import org.jspecify.annotations.NullMarked;
