/** The demo: a group with a coal mine and a copper mine, 2022–2024, seeded on first start. */
@NullMarked
package org.minecarbon.server.demo;

import org.jspecify.annotations.NullMarked;
