package org.minecarbon.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Period's hand-written parser and text against the pattern and format it replaced. */
class PeriodTest {
  // the oracle: the former implementation (regex and String.format)
  private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2}))?");

  private static Optional<Period> oracle(String text) {
    Matcher m = FORMAT.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    if (year < 1900 || year > 2200 || month > 12 || (m.group(2) != null && month == 0)) {
      return Optional.empty();
    }
    return Optional.of(new Period(year, month));
  }

  @Test
  void parse_manyTexts_equalsThePattern() {
    List<String> texts =
        new ArrayList<>(
            List.of(
                "",
                " ",
                "2024",
                " 2024-03 ",
                "2024-3",
                "2024-13",
                "2024-00",
                "2024-1a",
                "1899",
                "2201",
                "2200-12",
                "1900-01",
                "20245",
                "2024-",
                "2024/03",
                "２０２４",
                "2024-03-01",
                "-2024",
                "abcd",
                "2024 03",
                "0000",
                "9999-99",
                "2024-1٣"));
    for (int y = 1895; y <= 2205; y += 5) {
      for (int m = -1; m <= 14; m++) {
        texts.add(y + "-" + (m >= 0 && m < 10 ? "0" : "") + m);
        texts.add(Integer.toString(y));
      }
    }
    for (String t : texts) {
      assertThat(Period.parse(t)).as("'%s'", t).isEqualTo(oracle(t));
    }
  }

  @Test
  void toString_everyMonth_equalsTheFormat() {
    for (int y : new int[] {1900, 2024, 2200}) {
      assertThat(new Period(y, 0).toString()).isEqualTo(Integer.toString(y));
      for (int m = 1; m <= 12; m++) {
        assertThat(new Period(y, m).toString()).isEqualTo(String.format("%04d-%02d", y, m));
      }
    }
  }
}
