package org.minecarbon.app.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.minecarbon.app.document.ImportPreview.FieldChange;
import org.minecarbon.io.json.JsonCodec;
import tools.jackson.databind.JsonNode;

/** The preview's leaf texts: the fast paths give what the decimal form gives. */
class RowTextsTest {
  @Test
  void leaf_doublesAndIntegers_equalTheStrippedDecimalText() {
    // oracle: BigDecimal.valueOf(d).stripTrailingZeros().toPlainString(), the text the preview
    // showed before the fast path (exact: no tolerance, texts are compared)
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 20_000; i++) {
      double d =
          switch (i % 4) {
            case 0 -> random.nextDouble() * 1e6;
            case 1 -> Math.round(random.nextDouble() * 1e5) / 100.0;
            case 2 -> -random.nextDouble() * Math.pow(10, random.nextInt(-9, 12));
            default -> (double) random.nextInt(-1_000_000, 1_000_000);
          };
      String oracle = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
      assertThat(RowTexts.leaf(JsonCodec.mapper().getNodeFactory().numberNode(d)))
          .as("%s", d)
          .isEqualTo(oracle);
    }
    for (double d : new double[] {0.0, -0.0, 100.0, 1e7, 1.5e-7, 123.45, 1e21, -2.5e-3}) {
      assertThat(RowTexts.leaf(JsonCodec.mapper().getNodeFactory().numberNode(d)))
          .as("%s", d)
          .isEqualTo(BigDecimal.valueOf(d).stripTrailingZeros().toPlainString());
    }
  }

  @Test
  void leaf_parsedNumbers_equalTheStrippedDecimalText() {
    JsonNode row =
        JsonCodec.mapper().readTree("{\"a\":100,\"b\":5.0,\"c\":12345678901234567890,\"d\":-0}");
    // 100 → "100" (not "1E+2"), 5.0 → "5", a 20-digit integer stays whole, -0 → "0"
    assertThat(RowTexts.leaf(row.get("a"))).isEqualTo("100");
    assertThat(RowTexts.leaf(row.get("b"))).isEqualTo("5");
    assertThat(RowTexts.leaf(row.get("c"))).isEqualTo("12345678901234567890");
    assertThat(RowTexts.leaf(row.get("d"))).isEqualTo("0");
  }

  @Test
  void changes_rowPairs_equalTheFieldTextComparison() {
    // oracle: the former algorithm, every field's text on both sides compared (fields())
    String[][] pairs = {
      {"{\"q\":5,\"u\":\"t\"}", "{\"q\":5.0,\"u\":\"t\"}"},
      {"{\"q\":5,\"u\":\"t\"}", "{\"u\":\"kg\",\"q\":6,\"n\":\"x\"}"},
      {
        "{\"steam\":{\"mass\":1,\"t\":2},\"a\":[1,2.0]}", "{\"steam\":{\"mass\":1.5},\"a\":[1.0,2]}"
      },
      {"{\"steam\":{\"mass\":1}}", "{\"steam\":3}"},
      {"{\"a\":[1,2]}", "{\"a\":[2,1]}"},
      {"{\"x\":null,\"y\":true}", "{\"x\":\"null\",\"y\":false}"},
      {"{}", "{\"q\":1}"},
    };
    for (String[] pair : pairs) {
      JsonNode before = JsonCodec.mapper().readTree(pair[0]);
      JsonNode after = JsonCodec.mapper().readTree(pair[1]);
      var b = RowTexts.fields(before);
      var a = RowTexts.fields(after);
      var oracle = new java.util.ArrayList<FieldChange>();
      b.forEach(
          (k, v) -> {
            if (!v.equals(a.get(k))) {
              oracle.add(new FieldChange(k, v, a.get(k)));
            }
          });
      a.forEach(
          (k, v) -> {
            if (!b.containsKey(k)) {
              oracle.add(new FieldChange(k, null, v));
            }
          });
      assertThat(RowTexts.changes(before, after)).as(pair[0] + " → " + pair[1]).isEqualTo(oracle);
      assertThat(RowTexts.changes(after, null)).hasSize(a.size());
    }
  }
}
