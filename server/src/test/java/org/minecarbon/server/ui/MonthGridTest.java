package org.minecarbon.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minecarbon.app.inventory.RowChange;
import org.minecarbon.app.inventory.RowView;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.store.inventory.RowKind;
import tools.jackson.databind.node.ObjectNode;

class MonthGridTest {
  private static final MonthGrid.Key DIESEL =
      new MonthGrid.Key("fuel", "quantity", Map.of("fuel", "diesel", "unit", "t"));

  private static RowView row(long id, String json, Integer month) {
    ObjectNode doc = (ObjectNode) JsonCodec.mapper().readTree(json);
    String type = doc.has("source") ? doc.get("source").asString() : "";
    return new RowView(
        id, RowKind.ACTIVITY, type, "2024-0" + month, 2024, month, "north", null, doc, 3);
  }

  private static List<List<String>> typed(String... cells) {
    List<String> line = new ArrayList<>(Collections.nCopies(12, ""));
    for (int i = 0; i < cells.length; i++) {
      line.set(i, cells[i]);
    }
    return List.of(line);
  }

  @Test
  void lines_onlyMonthlyRowsOfTheGridsFuelFillCells() {
    List<RowView> rows =
        List.of(
            row(1, "{\"source\":\"fuel\",\"fuel\":\"diesel\",\"quantity\":5,\"unit\":\"t\"}", 1),
            row(2, "{\"source\":\"fuel\",\"fuel\":\"coke\",\"quantity\":7,\"unit\":\"t\"}", 2));
    List<MonthGrid.Line> lines = MonthGrid.lines(Map.of("north", "北井"), rows, DIESEL);
    assertThat(lines.getFirst().cells().get(0).text()).isEqualTo("5");
    assertThat(lines.getFirst().cells().get(0).rowId()).isEqualTo(1L);
    assertThat(lines.getFirst().cells().get(1).text()).isEmpty(); // coke is another grid
  }

  @Test
  void changes_newChangedEmptied_addUpdateDeleteInCellOrder() {
    RowView jan =
        row(1, "{\"source\":\"fuel\",\"fuel\":\"diesel\",\"quantity\":5,\"unit\":\"t\"}", 1);
    RowView feb =
        row(2, "{\"source\":\"fuel\",\"fuel\":\"diesel\",\"quantity\":6,\"unit\":\"t\"}", 2);
    Map<String, String> sites = new LinkedHashMap<>(Map.of("north", "北井"));
    List<MonthGrid.Line> stored = MonthGrid.lines(sites, List.of(jan, feb), DIESEL);
    Map<Long, RowView> byId = Map.of(1L, jan, 2L, feb);

    List<MonthGrid.Placed> changes =
        MonthGrid.changes(2024, DIESEL, stored, typed("5", "", "1,200"), byId);

    assertThat(changes).hasSize(2);
    assertThat(changes.get(0).change()).isEqualTo(new RowChange.Delete(2)); // February emptied
    assertThat(changes.get(1).month()).isEqualTo(3);
    RowChange.Add add = (RowChange.Add) changes.get(1).change();
    assertThat(add.doc().get("period").asString()).isEqualTo("2024-03");
    assertThat(add.doc().get("site").asString()).isEqualTo("north");
    assertThat(add.doc().get("fuel").asString()).isEqualTo("diesel");
    assertThat(add.doc().get("quantity").doubleValue()).isEqualTo(1200.0);
  }

  @Test
  void changes_emptiedVentilationWithDrainageLeft_updatesKeepingTheRow() {
    RowView jan = row(1, "{\"source\":\"mine-methane\",\"ventilation\":100,\"drainage\":50}", 1);
    MonthGrid.Key vent = new MonthGrid.Key("mine-methane", "ventilation", Map.of("unit", ""));
    List<MonthGrid.Line> stored = MonthGrid.lines(Map.of("north", "北井"), List.of(jan), vent);

    List<MonthGrid.Placed> changes =
        MonthGrid.changes(2024, vent, stored, typed(""), Map.of(1L, jan));

    RowChange.Update u = (RowChange.Update) changes.getFirst().change();
    assertThat(u.doc().has("ventilation")).isFalse();
    assertThat(u.doc().get("drainage").intValue()).isEqualTo(50);
    assertThat(u.expectedVersion()).isEqualTo(3L);
  }

  @Test
  void parsePaste_excelLines_tabSeparatedCellsKeepingEmptyOnes() {
    assertThat(MonthGrid.parsePaste("1\t\t3\r\n4\t5\n\n"))
        .containsExactly(List.of("1", "", "3"), List.of("4", "5"));
  }
}
