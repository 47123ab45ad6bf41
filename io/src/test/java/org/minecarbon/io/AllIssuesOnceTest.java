package org.minecarbon.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;

/** One run lists structural and semantic problems together, each once, with its pointer. */
class AllIssuesOnceTest {

  @Test
  void readJson_structuralAndSemanticProblems_reportedTogether() {
    String doc =
        """
        {"format":"minecarbon/inventory@1","enterprise":{"name":"x"},
         "sites":[{"id":"a"}],
         "activities":[
           {"period":"2024","source":"fuel","fuel":"diesel","quantity":1,"unit":"furlong"},
           {"period":"2024","source":"fuel","fuel":"木头","quantity":1,"unit":"t"},
           {"period":"2024","source":"fuel","fuel":"diesel","quantity":-3,"unit":"t"},
           {"period":"2024","source":"heat","quantity":5,"unit":"GJ","site":"zz"}
         ]}
        """;
    var result =
        Documents.readJson(
            new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), "doc.json");
    assertThat(result.isOk()).isFalse();
    assertThat(result.issues())
        .extracting(Issue::code, Issue::pointer)
        .containsExactly(
            tuple(Codes.UNKNOWN_UNIT, "/activities/0/unit"),
            tuple(Codes.UNKNOWN_FUEL, "/activities/1/fuel"),
            tuple(Codes.NEGATIVE_QUANTITY, "/activities/2/quantity"),
            tuple(Codes.UNKNOWN_SITE, "/activities/3/site"));
  }
}
