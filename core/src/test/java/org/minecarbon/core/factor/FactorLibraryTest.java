package org.minecarbon.core.factor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.result.Codes;

class FactorLibraryTest {
  private final FactorLibrary lib = FactorLibrary.builtIn();

  @Test
  void builtInSets_areLoadedWithProvenance() {
    assertThat(lib.sets()).extracting(FactorSet::id).contains("CN-2015", "CN-2015-A", "IPCC-2006");
    Factor ncv = lib.resolve("CN-2015", "fuel.diesel.ncv").orElseThrow();
    assertThat(ncv.value()).isCloseTo(43.33, within(1e-12));
    assertThat(ncv.unit()).isEqualTo("GJ/t");
    assertThat(ncv.confidence()).isEqualTo(Confidence.I);
    assertThat(ncv.citation()).contains("Table B");
    // every fuel of the vocabulary that the contract lists has ncv, cc and of in the default set
    for (String fuel :
        java.util.List.of(
            "anthracite",
            "bituminous",
            "lignite",
            "washed-coal",
            "coke",
            "crude-oil",
            "fuel-oil",
            "gasoline",
            "diesel",
            "kerosene",
            "lpg",
            "lng",
            "natural-gas",
            "coke-oven-gas",
            "refinery-gas")) {
      for (String p : java.util.List.of("ncv", "cc", "of")) {
        assertThat(lib.resolve("CN-2015", "fuel." + fuel + "." + p)).as(fuel + "." + p).isPresent();
      }
    }
  }

  @Test
  void childSet_overridesOwnKeysAndInheritsTheRest() {
    assertThat(lib.resolve("CN-2015-A", "fuel.diesel.ncv").orElseThrow().value())
        .isCloseTo(42.652, within(1e-12));
    assertThat(lib.resolve("CN-2015-A", "heat.ef").orElseThrow().set()).isEqualTo("CN-2015");
    assertThat(lib.resolve("CN-2015", "no.such.key")).isEmpty();
  }

  @Test
  void ipccCombustion_storesCo2PerTjAsCarbonContent() {
    // IPCC diesel 74,100 kg CO2/TJ → cc = 0.0741 × 12/44 = 0.0202091 tC/GJ with OF 1
    Factor cc = lib.resolve("IPCC-2006", "fuel.diesel.cc").orElseThrow();
    assertThat(cc.value() * 44 / 12).isCloseTo(0.0741, within(1e-8));
  }

  @Test
  void userSet_isAddedWithParentAndReportsBadLines() {
    String good =
        "# set: MINE-LAB-2024\n# parent: CN-2015\n# title: Lab assays\n"
            + "key,value,unit,citation,confidence\n"
            + "fuel.bituminous.ncv,21.5,GJ/t,Lab report 2024-17,user\n";
    FactorLibrary withUser =
        lib.withUserSet(new ByteArrayInputStream(good.getBytes(StandardCharsets.UTF_8)), "lab.csv")
            .orElseThrow();
    assertThat(withUser.resolve("MINE-LAB-2024", "fuel.bituminous.ncv").orElseThrow().value())
        .isCloseTo(21.5, within(1e-12));
    assertThat(withUser.resolve("MINE-LAB-2024", "fuel.bituminous.cc").orElseThrow().set())
        .isEqualTo("CN-2015");

    String bad =
        "# set: BAD\n# parent: NOPE\nkey,value,unit,citation\n"
            + "a.b,-1,t,x\n,2,t,y\nc.d,abc,t,z\n";
    var result =
        lib.withUserSet(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "bad.csv");
    assertThat(result.isOk()).isFalse();
    assertThat(result.errors())
        .hasSize(3)
        .allSatisfy(i -> assertThat(i.code()).isEqualTo(Codes.INVALID_FACTOR_FILE));
    assertThat(result.errors().getFirst().message()).contains("bad.csv line 4");
  }

  @Test
  void grids_resolveChineseAndEnglishNames() {
    assertThat(Vocabulary.grids().find("华北电网").orElseThrow().code()).isEqualTo("north-china");
    assertThat(Vocabulary.grids().find("山西省").orElseThrow().code()).isEqualTo("shanxi");
    assertThat(Vocabulary.fuels().find("柴油").orElseThrow().code()).isEqualTo("diesel");
  }
}
