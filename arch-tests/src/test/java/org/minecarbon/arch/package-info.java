/** ArchUnit and file-system rules that keep the module and package structure honest. */
@NullMarked
package org.minecarbon.arch;

import org.jspecify.annotations.NullMarked;
