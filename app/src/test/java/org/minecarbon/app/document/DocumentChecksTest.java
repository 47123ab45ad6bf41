package org.minecarbon.app.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;

class DocumentChecksTest {

  @Test
  void issuesUnder_keepsOnlyThePartAndMakesPointersRelative() {
    List<Issue> issues =
        List.of(
            Issue.error("A", "/activities/3/unit", "a"),
            Issue.error("B", "/activities/3", "b"),
            Issue.error("C", "/activities/30/unit", "c"),
            Issue.error("D", "/sinks/3/unit", "d"));

    List<Issue> mine = DocumentChecks.issuesUnder(issues, "/activities/3");

    assertThat(mine).extracting(Issue::code).containsExactly("A", "B");
    assertThat(mine).extracting(Issue::pointer).containsExactly("/unit", "");
  }

  @Test
  void load_unsupportedExtension_unsupportedFormat() {
    Result<?> r = DocumentChecks.load(new byte[] {1}, "data.csv", FactorLibrary.builtIn());

    assertThat(r.errors()).extracting(Issue::code).containsExactly("UNSUPPORTED_FORMAT");
  }

  @Test
  void load_brokenJson_invalidJsonNamingTheUploadedFile() {
    byte[] bytes = "{\"format\":".getBytes(StandardCharsets.UTF_8);

    Result<?> r = DocumentChecks.load(bytes, "../../etc/mine.json", FactorLibrary.builtIn());

    assertThat(r.errors()).extracting(Issue::code).containsExactly("INVALID_JSON");
    assertThat(r.errors().get(0).message()).startsWith("mine.json");
  }

  @Test
  void safeName_stripsDirectoriesAndOddCharacters() {
    assertThat(DocumentChecks.safeName("C:\\x\\煤矿 2024.xlsx")).isEqualTo("煤矿 2024.xlsx");
    assertThat(DocumentChecks.safeName("a/b/../c;rm.json")).isEqualTo("c_rm.json");
    assertThat(DocumentChecks.safeName(".hidden.json")).isEqualTo("upload.hidden.json");
  }
}
