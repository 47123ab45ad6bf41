/** Shared test fixtures: sample inventory documents, expected issue lists, golden files. */
@NullMarked
package org.minecarbon.testkit;

import org.jspecify.annotations.NullMarked;
