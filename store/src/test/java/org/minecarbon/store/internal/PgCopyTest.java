package org.minecarbon.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PgCopyTest {
  @Test
  void line_quotesValuesDoublesQuotesAndLeavesNullUnquoted() {
    StringBuilder csv = new StringBuilder();
    // PostgreSQL CSV: an unquoted empty field is NULL, a quoted one is the string; a quote inside a
    // quoted field is written twice; commas, newlines and backslashes need no other escaping
    PgCopy.line(csv, new Object[] {7L, null, "{\"a\":\"x,\\n\"}", 12, "two\nlines"});
    assertThat(csv.toString())
        .isEqualTo("\"7\",,\"{\"\"a\"\":\"\"x,\\n\"\"}\",\"12\",\"two\nlines\"\n");
  }

  @Test
  void line_quotesAtTheEdgesAndInARow_areEachDoubled() {
    StringBuilder csv = new StringBuilder();
    // by the rule above: every " becomes "", the field is wrapped in "
    PgCopy.line(csv, new Object[] {"\"", "\"\"x\"", "", "煤\"矿"});
    assertThat(csv.toString()).isEqualTo("\"\"\"\",\"\"\"\"\"x\"\"\",\"\",\"煤\"\"矿\"\n");
  }
}
