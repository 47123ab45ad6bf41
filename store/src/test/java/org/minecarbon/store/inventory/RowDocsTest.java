package org.minecarbon.store.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minecarbon.io.json.JsonCodec;
import tools.jackson.databind.JsonNode;

/** The one row comparison: equal values give equal texts, any difference a different one. */
class RowDocsTest {
  private static JsonNode json(String text) {
    return JsonCodec.mapper().readTree(text);
  }

  @Test
  void canonical_keyOrderAndNumberSpelling_ignored() {
    // 5, 5.0 and 5.00 are one value (the document reader treats them alike); key order is free
    assertThat(RowDocs.canonical(json("{\"a\":5,\"b\":\"x\"}")))
        .isEqualTo(RowDocs.canonical(json("{\"b\":\"x\",\"a\":5.0}")))
        .isEqualTo(RowDocs.canonical(json("{\"b\":\"x\",\"a\":5.00}")))
        .isEqualTo("{\"a\":5,\"b\":\"x\",}");
  }

  @Test
  void canonical_differentValuesOrTypes_differ() {
    assertThat(RowDocs.canonical(json("{\"a\":5}")))
        .isNotEqualTo(RowDocs.canonical(json("{\"a\":\"5\"}")))
        .isNotEqualTo(RowDocs.canonical(json("{\"a\":5.1}")))
        .isNotEqualTo(RowDocs.canonical(json("{\"a\":[5]}")));
    // a quote inside a string cannot fake a field boundary
    assertThat(RowDocs.canonical(json("{\"a\":\"x\\\",\\\"b\\\":\\\"y\"}")))
        .isNotEqualTo(RowDocs.canonical(json("{\"a\":\"x\",\"b\":\"y\"}")));
  }

  @Test
  void canonical_nested_sortedAtEveryLevel() {
    assertThat(RowDocs.canonical(json("{\"m\":{\"z\":1,\"y\":[true,null]},\"fuel\":\"diesel\"}")))
        .isEqualTo("{\"fuel\":\"diesel\",\"m\":{\"y\":[true,null,],\"z\":1,},}");
  }
}
