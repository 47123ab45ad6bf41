/** One picocli command per use case (balance, explain, validate, convert, factors, demo). */
@NullMarked
package org.minecarbon.cli.command;

import org.jspecify.annotations.NullMarked;
