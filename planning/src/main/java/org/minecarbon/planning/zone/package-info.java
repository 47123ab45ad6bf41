/** The seed-004 zones (煤炭能源生产区, 煤炭能源应用区, 新能源耦合区) of a province and their target templates. */
@NullMarked
package org.minecarbon.planning.zone;

import org.jspecify.annotations.NullMarked;
