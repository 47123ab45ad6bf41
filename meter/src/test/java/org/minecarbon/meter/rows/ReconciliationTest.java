package org.minecarbon.meter.rows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minecarbon.meter.rows.Fx.compute;
import static org.minecarbon.meter.rows.Fx.counter;
import static org.minecarbon.meter.rows.Fx.registry;
import static org.minecarbon.meter.rows.Fx.v;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.inventory.Period;
import org.minecarbon.core.inventory.RowMeta;
import org.minecarbon.core.unit.Quantity;
import org.minecarbon.core.unit.Units;
import org.minecarbon.meter.aggregate.Alarm;
import org.minecarbon.meter.aggregate.AlarmCode;
import org.minecarbon.meter.registry.MeterKind;

/** Contract §3 RECONCILIATION: metered month vs the entered row, default tolerance 2 %. */
class ReconciliationTest {
  private static ActivityRow invoice(double kwh, String period, String site) {
    RowMeta meta =
        new RowMeta(
            "inv-03",
            "/activities/0",
            Period.parse(period).orElseThrow(),
            site,
            null,
            null,
            "invoice 123",
            null);
    return new ActivityRow.Electricity(meta, new Quantity(kwh, Units.KWH), null, null, null, null);
  }

  private static List<Alarm> reconcile(double meteredKwh, ActivityRow entered) {
    // metered: register 0 → meteredKwh kWh in March = meteredKwh/1000 MWh
    MeterReport r =
        compute(
            registry(counter("E-01", MeterKind.ELECTRICITY, "kWh")),
            v("E-01", "2024-03-10T00:00:00", 0),
            v("E-01", "2024-03-10T00:10:00", meteredKwh));
    return Reconciliation.compare(r.rows(), List.of(entered), 0.02, Fx.SHANGHAI, null);
  }

  @Test
  void withinTwoPercent_noAlarm() {
    // |10 200 − 10 000| / 10 000 = 2 % (not more than the tolerance)
    assertThat(reconcile(10_200, invoice(10_000, "2024-03", "north"))).isEmpty();
  }

  @Test
  void beyondTwoPercent_alarmAtMonthEnd() {
    // |10 300 − 10 000| / 10 000 = 3 % > 2 %; time = 2024-04-01T00:00 local
    assertThat(reconcile(10_300, invoice(10_000, "2024-03", "north")))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.code()).isEqualTo(AlarmCode.RECONCILIATION);
              assertThat(a.meter()).isEqualTo("E-01");
              assertThat(a.time()).isEqualTo(Fx.t("2024-04-01T00:00:00"));
            });
  }

  @Test
  void otherSiteOrYearlyRow_notCompared() {
    assertThat(reconcile(20_000, invoice(10_000, "2024-03", "south"))).isEmpty();
    assertThat(reconcile(20_000, invoice(10_000, "2024", "north"))).isEmpty();
  }

  @Test
  void table_meteredAgainstTwoInvoicesAndNone_differenceAndPercentByHand() {
    MeterReport r =
        compute(
            registry(counter("E-01", MeterKind.ELECTRICITY, "kWh")),
            v("E-01", "2024-03-10T00:00:00", 0),
            v("E-01", "2024-03-10T00:10:00", 10_300));
    // two entered March rows of 6 000 and 4 000 kWh: entered = 10 MWh; metered 10.3 MWh;
    // difference 0.3 MWh = +3 % of 10 MWh, beyond 2 %
    List<Reconciliation.Line> table =
        Reconciliation.table(
            r.rows(),
            List.of(invoice(6_000, "2024-03", "north"), invoice(4_000, "2024-03", "north")),
            null);
    assertThat(table)
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.rowId()).isEqualTo("meter:E-01:2024-03");
              assertThat(l.metered()).isCloseTo(10.3, org.assertj.core.api.Assertions.within(1e-9));
              assertThat(l.entered()).isCloseTo(10.0, org.assertj.core.api.Assertions.within(1e-9));
              assertThat(l.difference())
                  .isCloseTo(0.3, org.assertj.core.api.Assertions.within(1e-9));
              assertThat(l.relative())
                  .isCloseTo(0.03, org.assertj.core.api.Assertions.within(1e-9));
              assertThat(l.outside(0.02)).isTrue();
              assertThat(l.outside(0.05)).isFalse();
            });
    // nothing entered for the site: NaN, never 0
    Reconciliation.Line none =
        Reconciliation.table(r.rows(), List.of(invoice(6_000, "2024-03", "south")), null).get(0);
    assertThat(none.hasEntered()).isFalse();
    assertThat(none.outside(0.02)).isFalse();
  }
}
