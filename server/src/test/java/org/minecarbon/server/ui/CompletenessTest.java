package org.minecarbon.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.minecarbon.app.inventory.RowView;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.server.ui.Completeness.State;
import org.minecarbon.store.inventory.RowKind;
import tools.jackson.databind.node.ObjectNode;

class CompletenessTest {

  private static RowView row(RowKind kind, String type, @Nullable String site, Integer month) {
    return row(kind, type, site, month, false);
  }

  private static RowView row(
      RowKind kind, String type, @Nullable String site, Integer month, boolean estimated) {
    ObjectNode doc = (ObjectNode) JsonCodec.mapper().readTree("{}");
    if (estimated) {
      doc.put("estimated", true);
    }
    String period = month == null ? "2024" : String.format("2024-%02d", month);
    return new RowView(1, kind, type, period, 2024, month, site, null, doc, 1);
  }

  @Test
  void of_sourceAtOneSiteOnly_missingMonthsAtTheOtherSite() {
    List<RowView> rows =
        List.of(
            row(RowKind.ACTIVITY, "fuel", "north", 1),
            row(RowKind.ACTIVITY, "fuel", "north", 2, true),
            row(RowKind.ACTIVITY, "electricity", "south", null));

    List<Completeness.Line> lines = Completeness.of(List.of("north", "south"), rows);

    // 2 sites × 2 sources present in the year, sources in the contract's order (fuel first)
    assertThat(lines).hasSize(4);
    Completeness.Line northFuel = lines.get(0);
    assertThat(northFuel.type()).isEqualTo("fuel");
    assertThat(northFuel.months().subList(0, 3))
        .containsExactly(State.ENTERED, State.ESTIMATED, State.MISSING);
    assertThat(northFuel.gaps()).isEqualTo(10); // March to December
    Completeness.Line southElectricity = lines.get(3);
    assertThat(southElectricity.months()).containsOnly(State.ANNUAL);
    Completeness.Line southFuel = lines.get(2);
    assertThat(southFuel.gaps()).isEqualTo(12); // fuel entered at north, none at south
  }

  @Test
  void of_productionWithoutSite_enterpriseLine() {
    List<RowView> rows = List.of(row(RowKind.PRODUCTION, "raw-coal", null, 3));
    List<Completeness.Line> lines = Completeness.of(List.of("north"), rows);
    assertThat(lines).singleElement().satisfies(l -> assertThat(l.site()).isEmpty());
    assertThat(lines.getFirst().type()).isEqualTo("production");
    assertThat(lines.getFirst().months().get(2)).isEqualTo(State.ENTERED);
  }
}
