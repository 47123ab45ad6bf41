package org.minecarbon.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minecarbon.app.inventory.RowView;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.store.inventory.RowKind;
import tools.jackson.databind.node.ObjectNode;

class RowFormTest {

  @Test
  void field_rowRelativePointer_namesTheField() {
    assertThat(RowForm.field("/quantity")).isEqualTo("quantity");
    assertThat(RowForm.field("/fuel")).isEqualTo("fuel");
    assertThat(RowForm.field("/source")).isEqualTo("type");
    assertThat(RowForm.field("/id")).isEqualTo("key");
  }

  @Test
  void field_documentPointer_skipsArrayAndIndexAndJoinsNestedFields() {
    assertThat(RowForm.field("/activities/12/unit")).isEqualTo("unit");
    assertThat(RowForm.field("/sinks/0/sink")).isEqualTo("type");
    assertThat(RowForm.field("/activities/3")).isEqualTo("row");
    assertThat(RowForm.field("/activities/3/steam/mass")).isEqualTo("steam.mass");
    assertThat(RowForm.field("")).isEqualTo("row");
  }

  @Test
  void byField_structuredInput_issueGoesBesideItsInput() {
    RowForm f = RowForm.of(Map.of("type", "mine-methane", "v.ventilation", "-1"));
    Issue neg = Issue.error(Codes.NEGATIVE_QUANTITY, "/ventilation", "negative", -1, ">= 0");
    Issue other = Issue.error(Codes.WRONG_TYPE, "/activities/0/foo", "bad", "x", "number");
    Map<String, List<Issue>> m = f.byField(List.of(neg, other));
    assertThat(m.get("ventilation")).containsExactly(neg);
    assertThat(m.get("extra")).containsExactly(other); // no input of its own: the advanced field
  }

  @Test
  void toDoc_mineMethaneForm_numbersWithSeparatorsAndDefaultUnit() {
    RowForm f =
        RowForm.of(
            Map.of(
                "type", "mine-methane",
                "period", "2024-03",
                "v.ventilation", "1,200.5",
                "v.drainage", "300",
                "v.flared", "",
                "v.unit", "10^4Nm3"));
    List<Issue> problems = new ArrayList<>();
    ObjectNode d = f.toDoc(problems);
    assertThat(problems).isEmpty();
    assertThat(f.rowKind()).isEqualTo(RowKind.ACTIVITY);
    assertThat(d.get("source").asString()).isEqualTo("mine-methane");
    assertThat(d.get("ventilation").doubleValue()).isEqualTo(1200.5);
    assertThat(d.get("drainage").doubleValue()).isEqualTo(300.0);
    assertThat(d.has("flared")).isFalse(); // left empty: not sent, never a silent zero
    assertThat(d.get("unit").asString()).isEqualTo("10^4Nm3");
  }

  @Test
  void toDoc_heatWithSteamOnly_nestsSteamAndSendsNoUnit() {
    RowForm f =
        RowForm.of(Map.of("type", "heat", "v.steam.mass", "100", "v.steam.enthalpy", "2800"));
    ObjectNode d = f.toDoc(new ArrayList<>());
    assertThat(d.get("steam").get("mass").doubleValue()).isEqualTo(100.0);
    assertThat(d.get("steam").get("enthalpy").doubleValue()).isEqualTo(2800.0);
    assertThat(d.has("unit")).isFalse(); // the fixed GJ goes only with a quantity or exported
  }

  @Test
  void toDoc_vegetationByArea_sinkWithoutUnitAndEstimatedFlag() {
    RowForm f =
        RowForm.of(
            Map.of("type", "vegetation", "v.area", "12.5", "v.rate", "8", "estimated", "true"));
    ObjectNode d = f.toDoc(new ArrayList<>());
    assertThat(f.rowKind()).isEqualTo(RowKind.SINK);
    assertThat(d.get("sink").asString()).isEqualTo("vegetation");
    assertThat(d.has("unit")).isFalse();
    assertThat(d.get("estimated").asBoolean()).isTrue();
  }

  @Test
  void toDoc_productionForm_productFieldAndFixedTonnes() {
    RowForm f =
        RowForm.of(Map.of("type", "production", "v.product", "raw-coal", "v.quantity", "3e6"));
    ObjectNode d = f.toDoc(new ArrayList<>());
    assertThat(f.rowKind()).isEqualTo(RowKind.PRODUCTION);
    assertThat(d.get("product").asString()).isEqualTo("raw-coal");
    assertThat(d.get("unit").asString()).isEqualTo("t");
    assertThat(d.has("source")).isFalse();
  }

  @Test
  void toDoc_oldFreeFormFields_stillRead() {
    RowForm f =
        RowForm.of(
            Map.of(
                "kind", "activity",
                "type", "fuel",
                "material", "diesel",
                "quantity", "12",
                "unit", "t",
                "extra", "{\"ncv\": 43.3}"));
    ObjectNode d = f.toDoc(new ArrayList<>());
    assertThat(d.get("fuel").asString()).isEqualTo("diesel");
    assertThat(d.get("quantity").doubleValue()).isEqualTo(12.0);
    assertThat(d.get("ncv").doubleValue()).isEqualTo(43.3);
  }

  @Test
  void toDoc_textQuantityAndBadExtra_keepsTextAndReportsExtra() {
    RowForm f = RowForm.of(Map.of("type", "storage", "v.captured", "lots", "extra", "[1, 2"));
    List<Issue> problems = new ArrayList<>();
    ObjectNode d = f.toDoc(problems);
    assertThat(d.get("sink").asString()).isEqualTo("storage");
    assertThat(d.get("captured").asString()).isEqualTo("lots"); // left for the reader's WRONG_TYPE
    assertThat(problems).singleElement().satisfies(i -> assertThat(i.pointer()).isEqualTo("extra"));
  }

  @Test
  void of_storedElectricityRow_structuredValuesAndRestInExtra() {
    ObjectNode doc =
        (ObjectNode)
            JsonCodec.mapper()
                .readTree(
                    "{\"source\":\"electricity\",\"period\":\"2024\",\"quantity\":200000,"
                        + "\"unit\":\"MWh\",\"grid\":\"华北\",\"uncertainty\":\"normal:3\"}");
    RowView row =
        new RowView(1, RowKind.ACTIVITY, "electricity", "2024", 2024, null, null, null, doc, 1);
    RowForm f = RowForm.of(row);
    assertThat(f.value("quantity")).isEqualTo("200000");
    assertThat(f.value("grid")).isEqualTo("华北");
    assertThat(f.getExtra()).isEqualTo("{\"uncertainty\":\"normal:3\"}");
    // round trip: the form writes back the stored row (the number as a double)
    ObjectNode back = f.toDoc(new ArrayList<>());
    assertThat(back.get("quantity").doubleValue()).isEqualTo(200000.0);
    back.remove("quantity");
    doc.remove("quantity");
    assertThat(back).isEqualTo(doc);
  }

  @Test
  void toDoc_massBalanceRows_listsOfTheContractWithBlankRowsDroppedAndNoJson() throws Exception {
    Map<String, String> params = new java.util.HashMap<>();
    params.put("type", "mass-balance");
    params.put("period", "2024");
    params.put("v.category", "fuel");
    params.put("v.inputs.0.quantity", "1,000");
    params.put("v.inputs.0.carbonFraction", "0.8");
    params.put("v.inputs.3.quantity", " "); // a blank row added and left empty
    params.put("v.inputs.5.quantity", "200");
    params.put("v.inputs.5.carbonFraction", "0.5");
    params.put("v.outputs.0.quantity", "100");
    params.put("v.outputs.0.carbonFraction", "0.2");
    List<Issue> problems = new ArrayList<>();

    ObjectNode d = RowForm.of(params).toDoc(problems);

    assertThat(problems).isEmpty();
    // inventory-v1 §1.1: inputs/outputs are lists of {quantity, unit t, carbonFraction}
    assertThat(d.get("inputs").toString())
        .isEqualTo(
            "[{\"quantity\":1000.0,\"unit\":\"t\",\"carbonFraction\":0.8},"
                + "{\"quantity\":200.0,\"unit\":\"t\",\"carbonFraction\":0.5}]");
    assertThat(d.get("outputs").toString())
        .isEqualTo("[{\"quantity\":100.0,\"unit\":\"t\",\"carbonFraction\":0.2}]");
    // the io reader of the contract accepts the row as a mass balance with these flows
    ObjectNode doc = JsonCodec.mapper().createObjectNode();
    doc.put("format", "minecarbon/inventory@1");
    doc.putObject("enterprise").put("name", "t").put("industry", "coal");
    doc.putArray("activities").add(d);
    var inv =
        org.minecarbon.io.Documents.readJson(
                new java.io.ByteArrayInputStream(JsonCodec.mapper().writeValueAsBytes(doc)), "t")
            .orElseThrow();
    var mb = (org.minecarbon.core.inventory.ActivityRow.MassBalance) inv.activities().getFirst();
    // (1000 × 0.8 + 200 × 0.5 − 100 × 0.2) = 880 t C in the contract's formula; the flows carry it
    double carbon =
        mb.inputs().stream().mapToDouble(x -> x.quantity().value() * x.carbonFraction()).sum()
            - mb.outputs().stream()
                .mapToDouble(x -> x.quantity().value() * x.carbonFraction())
                .sum();
    assertThat(carbon).isCloseTo(880.0, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void of_storedMassBalanceRow_listsBecomeRowsNotAdvancedJson() {
    ObjectNode d =
        (ObjectNode)
            JsonCodec.mapper()
                .readTree(
                    "{\"source\":\"mass-balance\",\"period\":\"2024\",\"category\":\"fuel\","
                        + "\"inputs\":[{\"quantity\":10,\"unit\":\"t\",\"carbonFraction\":0.7}]}");
    RowView row =
        new RowView(1, RowKind.ACTIVITY, "mass-balance", "2024", 2024, null, null, null, d, 1);

    RowForm f = RowForm.of(row);

    assertThat(f.getExtra()).isEmpty();
    assertThat(f.value("inputs.0.quantity")).isEqualTo("10");
    assertThat(f.value("inputs.0.carbonFraction")).isEqualTo("0.7");
    // one filled row and one blank row to add another
    assertThat(f.listRows("inputs")).containsExactly(0, 1);
    assertThat(f.listRows("outputs")).containsExactly(0);
    // saved again unchanged (numbers as the form sends every number: doubles)
    assertThat(f.toDoc(new ArrayList<>()).get("inputs").toString())
        .isEqualTo("[{\"quantity\":10.0,\"unit\":\"t\",\"carbonFraction\":0.7}]");
  }
}
