package org.minecarbon.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.result.Issue;
import tools.jackson.databind.node.ObjectNode;

class RowFormTest {

  @Test
  void field_rowRelativePointer_namesTheInput() {
    assertThat(RowForm.field("/quantity")).isEqualTo("quantity");
    assertThat(RowForm.field("/fuel")).isEqualTo("material");
    assertThat(RowForm.field("/source")).isEqualTo("type");
    assertThat(RowForm.field("/id")).isEqualTo("key");
  }

  @Test
  void field_documentPointer_skipsArrayAndIndex() {
    assertThat(RowForm.field("/activities/12/unit")).isEqualTo("unit");
    assertThat(RowForm.field("/sinks/0/sink")).isEqualTo("type");
    assertThat(RowForm.field("/activities/3")).isEqualTo("row");
  }

  @Test
  void field_fieldWithoutOwnInput_goesToExtra() {
    assertThat(RowForm.field("/carbonates/CaCO3")).isEqualTo("extra");
    assertThat(RowForm.field("/activities/1/exported")).isEqualTo("extra");
    assertThat(RowForm.field("")).isEqualTo("row");
  }

  @Test
  void toDoc_fuelRow_typesQuantityAndMergesExtra() {
    RowForm f =
        RowForm.of(
            Map.of(
                "kind",
                "activity",
                "type",
                "fuel",
                "period",
                "2024-03",
                "material",
                "diesel",
                "quantity",
                "1,200.5",
                "unit",
                "t",
                "extra",
                "{\"ncv\": 43.3}"));
    List<Issue> problems = new ArrayList<>();
    ObjectNode d = f.toDoc(problems);
    assertThat(problems).isEmpty();
    assertThat(d.get("source").asString()).isEqualTo("fuel");
    assertThat(d.get("fuel").asString()).isEqualTo("diesel");
    assertThat(d.get("quantity").isNumber()).isTrue();
    assertThat(d.get("quantity").doubleValue()).isEqualTo(1200.5);
    assertThat(d.get("ncv").doubleValue()).isEqualTo(43.3);
  }

  @Test
  void toDoc_textQuantityAndBadExtra_keepsTextAndReportsExtra() {
    RowForm f =
        RowForm.of(Map.of("kind", "sink", "type", "storage", "quantity", "lots", "extra", "[1, 2"));
    List<Issue> problems = new ArrayList<>();
    ObjectNode d = f.toDoc(problems);
    assertThat(d.get("sink").asString()).isEqualTo("storage");
    assertThat(d.get("quantity").asString()).isEqualTo("lots"); // left for the reader's WRONG_TYPE
    assertThat(problems).singleElement().satisfies(i -> assertThat(i.pointer()).isEqualTo("extra"));
  }
}
