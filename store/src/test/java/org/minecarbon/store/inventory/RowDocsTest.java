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

  @Test
  void same_agreesWithCanonicalText_onEqualAndDifferentPairs() {
    String[][] pairs = {
      {"{\"a\":5,\"b\":\"x\"}", "{\"b\":\"x\",\"a\":5.0}"},
      {"{\"a\":5}", "{\"a\":5.00}"},
      {"{\"a\":0.1}", "{\"a\":0.10}"},
      {"{\"a\":-0.0}", "{\"a\":0}"},
      {"{\"a\":5}", "{\"a\":\"5\"}"},
      {"{\"a\":5}", "{\"a\":5.1}"},
      {"{\"a\":5}", "{\"a\":[5]}"},
      {"{\"a\":5}", "{\"a\":5,\"b\":null}"},
      {"{\"a\":null}", "{\"a\":\"null\"}"},
      {"{\"a\":true}", "{\"a\":\"true\"}"},
      {"{\"a\":[1,2]}", "{\"a\":[2,1]}"},
      {"{\"m\":{\"z\":1,\"y\":[true,null]}}", "{\"m\":{\"y\":[true,null],\"z\":1.0}}"},
      {"{\"a\":12345678901234567890}", "{\"a\":12345678901234567890.0}"},
      {"{\"a\":\"x\\\",\\\"b\\\":\\\"y\"}", "{\"a\":\"x\",\"b\":\"y\"}"}
    };
    for (String[] p : pairs) {
      JsonNode a = json(p[0]);
      JsonNode b = json(p[1]);
      boolean equalTexts = RowDocs.canonical(a).equals(RowDocs.canonical(b));
      assertThat(RowDocs.same(a, b)).as(p[0] + " vs " + p[1]).isEqualTo(equalTexts);
      assertThat(RowDocs.same(b, a)).as(p[1] + " vs " + p[0]).isEqualTo(equalTexts);
      if (equalTexts) {
        // equal rows must hash alike (the import looks rows up by hash, then confirms by same)
        assertThat(RowDocs.hash(a)).as(p[0] + " hash").isEqualTo(RowDocs.hash(b));
      }
    }
  }

  @Test
  void hash_typicalDifferences_differ() {
    // not a guarantee (64 bits collide eventually), but a hash that ignored a field or a value
    // would collide on these
    assertThat(RowDocs.hash(json("{\"quantity\":151}")))
        .isNotEqualTo(RowDocs.hash(json("{\"quantity\":152}")))
        .isNotEqualTo(RowDocs.hash(json("{\"amount\":151}")))
        .isNotEqualTo(RowDocs.hash(json("{\"quantity\":\"151\"}")));
  }
}
