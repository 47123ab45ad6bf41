package org.minecarbon.cli.command;

import org.minecarbon.core.text.Lang;
import picocli.CommandLine.Option;

/** Mixin: {@code --lang zh|en} for commands that print headers. */
final class LangOption {
  @Option(
      names = "--lang",
      defaultValue = "zh",
      converter = Converters.LangConverter.class,
      description = "Headers in zh (default) or en.")
  Lang lang = Lang.ZH;

  Lang value() {
    return lang;
  }
}
