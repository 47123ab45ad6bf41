package org.minecarbon.io.zone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.planning.zone.ProvinceEnergy;

class ProvinceEnergyCsvTest {

  private static Result<List<ProvinceEnergy>> read(String csv) {
    return ProvinceEnergyCsv.read(
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "prov.csv");
  }

  @Test
  void read_chineseHeader_sharePercentBecomesFraction() {
    var r =
        read("省份,年份,能源生产量(万吨标准煤),能源消费量(万吨标准煤),新能源消费占比(%),来源\n" + "测试省,2023,80000,22000,10.5,年鉴\n");
    assertThat(r).isInstanceOf(Result.Ok.class);
    ProvinceEnergy p = ((Result.Ok<List<ProvinceEnergy>>) r).value().get(0);
    assertThat(p.province()).isEqualTo("测试省");
    assertThat(p.year()).isEqualTo(2023);
    // 10.5 % → 0.105
    assertThat(p.newEnergyShare()).isCloseTo(0.105, within(1e-12));
    assertThat(p.production()).isEqualTo(80_000);
  }

  @Test
  void read_severalBadRows_everyProblemListedWithLine() {
    var r =
        read(
            "province,year,production_10k_tce,consumption_10k_tce,new_energy_share_pct\n"
                + ",2023,-5,100,12\n"
                + "A,20x3,1,2,120\n"
                + "B,2023,1,2,3\n"
                + "B,2023,1,2,3\n");
    assertThat(r).isInstanceOf(Result.Err.class);
    List<Issue> issues = ((Result.Err<List<ProvinceEnergy>>) r).issues();
    // line 2: empty province, negative production; line 3: year not a number, share > 100;
    // line 5: duplicate of line 4.
    assertThat(issues)
        .extracting(Issue::pointer)
        .containsExactly(
            "prov.csv:2: province",
            "prov.csv:2: production_10k_tce",
            "prov.csv:3: year",
            "prov.csv:3: new_energy_share_pct",
            "prov.csv:5: province");
    assertThat(issues)
        .extracting(Issue::code)
        .containsOnly(ProvinceEnergyCsv.BAD_VALUE, ProvinceEnergyCsv.DUPLICATE);
  }

  @Test
  void read_missingColumns_allNamed() {
    var r = read("province,year\nA,2023\n");
    assertThat(((Result.Err<List<ProvinceEnergy>>) r).issues())
        .extracting(Issue::pointer)
        .containsExactly(
            "prov.csv:1: production_10k_tce",
            "prov.csv:1: consumption_10k_tce",
            "prov.csv:1: new_energy_share_pct");
  }
}
