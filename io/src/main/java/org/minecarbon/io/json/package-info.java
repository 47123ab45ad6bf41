/**
 * The inventory document v1 as JSON: tree mapping to and from the core model, parsing and writing.
 */
@NullMarked
package org.minecarbon.io.json;

import org.jspecify.annotations.NullMarked;
