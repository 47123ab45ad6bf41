package org.minecarbon.app.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minecarbon.app.plan.PlanChange.Kind;
import org.minecarbon.io.json.JsonCodec;
import tools.jackson.databind.JsonNode;

class PlanDiffTest {
  private static JsonNode json(String text) {
    return JsonCodec.mapper().readTree(text.replace('\'', '"'));
  }

  private static final String V1 =
      """
      {'name':'A','baseYear':2024,'horizon':{'from':2025,'to':2060},
       'prices':{'allowance':[{'year':2025,'value':95},{'year':2060,'value':400}],
                 'electricity':[{'year':2025,'value':600}]},
       'targets':[{'kind':'peak','year':2030},{'kind':'neutral','year':2060}],
       'measures':[
         {'id':'pv','name':'光伏','capex':1000000,'lifetime':20,
          'effects':[{'kind':'generate','quantity':5000}]},
         {'id':'drill','name':'液压凿岩','capex':0,'lifetime':15,
          'effects':[{'kind':'reduce','select':{'source':'fuel'},'fraction':0.3}]}]}
      """;

  @Test
  void between_sameDocument_noChange() {
    assertThat(PlanDiff.between(json(V1), json(V1))).isEmpty();
  }

  @Test
  void between_editedVersion_everyChangeListedOnce() {
    // v2: name A→B, neutral target dropped, cap 2040 added, allowance end 400→500,
    // a production path added, pv capex 1,000,000→1,200,000 and its quantity 5000→6000,
    // drill removed, a custom CCUS measure added, a scenario "low" added with its allowance path:
    // 11 changes.
    String v2 =
        """
        {'name':'B','baseYear':2024,'horizon':{'from':2025,'to':2060},
         'prices':{'allowance':[{'year':2025,'value':95},{'year':2060,'value':500}],
                   'electricity':[{'year':2025,'value':600}]},
         'projection':{'production':[{'year':2030,'index':1.1}]},
         'targets':[{'kind':'peak','year':2030},{'kind':'cap','year':2040,'max':250000}],
         'measures':[
           {'id':'pv','name':'光伏','capex':1200000,'lifetime':20,
            'effects':[{'kind':'generate','quantity':6000}]},
           {'id':'own-1','name':'二氧化碳封存','path':'碳封存','capex':0,'lifetime':10,
            'effects':[{'kind':'sink','sink':'storage','quantity':1000}]}],
         'scenarios':[{'name':'low','prices':{'allowance':[{'year':2025,'value':0}]}}]}
        """;

    var changes = PlanDiff.between(json(V1), json(v2));

    assertThat(changes)
        .extracting(
            PlanChange::kind,
            PlanChange::subject,
            PlanChange::field,
            PlanChange::before,
            PlanChange::after)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Kind.SETTING_CHANGED, "name", null, "A", "B"),
            org.assertj.core.groups.Tuple.tuple(
                Kind.TARGET_REMOVED, "neutral 2060", null, "neutral 2060", null),
            org.assertj.core.groups.Tuple.tuple(
                Kind.TARGET_ADDED, "cap 2040 250000", null, null, "cap 2040 250000"),
            org.assertj.core.groups.Tuple.tuple(
                Kind.PRICE_CHANGED,
                "allowance",
                null,
                "2025: 95, 2060: 400",
                "2025: 95, 2060: 500"),
            org.assertj.core.groups.Tuple.tuple(
                Kind.PATH_CHANGED, "production", null, null, "2030: 1.1"),
            org.assertj.core.groups.Tuple.tuple(Kind.MEASURE_REMOVED, "液压凿岩", null, "drill", null),
            org.assertj.core.groups.Tuple.tuple(
                Kind.MEASURE_CHANGED, "光伏", "capex", "1000000", "1200000"),
            org.assertj.core.groups.Tuple.tuple(
                Kind.MEASURE_CHANGED, "光伏", "effects/0/quantity", "5000", "6000"),
            org.assertj.core.groups.Tuple.tuple(Kind.MEASURE_ADDED, "二氧化碳封存", null, null, "own-1"),
            org.assertj.core.groups.Tuple.tuple(Kind.SCENARIO_ADDED, "low", null, null, null),
            org.assertj.core.groups.Tuple.tuple(
                Kind.SCENARIO_CHANGED, "low", "prices/allowance", null, "2025: 0"));
  }
}
