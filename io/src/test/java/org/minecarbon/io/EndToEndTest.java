package org.minecarbon.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceCalculator;
import org.minecarbon.core.balance.BalanceYear;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.explain.Explainer;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.testkit.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The real engine on the rich fixture, written as balance result v1 and checked by its schema. */
class EndToEndTest {

  @Test
  void richFixture_balanceJson_validatesAndMatchesModel() throws IOException {
    Inventory inv = RoundTripTest.load(Fixtures.RICH);
    Balance balance = new BalanceCalculator(FactorLibrary.builtIn()).calculate(inv).orElseThrow();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultWriters.balanceJson(balance, out);
    String json = out.toString(StandardCharsets.UTF_8);

    var schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(Schemas.balance());
    assertThat(schema.validate(json, InputFormat.JSON)).isEmpty();

    JsonNode root = JsonMapper.builder().build().readTree(json);
    assertThat(root.get("format").asString()).isEqualTo("minecarbon/balance@1");
    BalanceYear first = balance.years().getFirst();
    JsonNode year = root.get("years").get(0);
    assertThat(year.get("emissions").get("total").asDouble())
        .isCloseTo(first.totals().emissionsTotal(), within(1e-9));
    assertThat(year.get("net").asDouble()).isCloseTo(first.totals().net(), within(1e-9));
    for (Column c : Column.EMISSIONS) {
      assertThat(year.get("emissions").get(c.code()).asDouble())
          .as(c.code())
          .isCloseTo(first.totals().get(c), within(1e-9));
    }
  }

  @Test
  void richFixture_explanationJson_carriesCitations() throws IOException {
    Inventory inv = RoundTripTest.load(Fixtures.RICH);
    Balance balance = new BalanceCalculator(FactorLibrary.builtIn()).calculate(inv).orElseThrow();
    int year = balance.years().getFirst().year();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultWriters.explanationJson(Explainer.total(balance, year).orElseThrow(), out);
    JsonNode root = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
    assertThat(root.get("lines").size()).isPositive();
    for (JsonNode line : root.get("lines")) {
      for (JsonNode factor : line.get("factors")) {
        assertThat(factor.get("citation").asString()).isNotBlank();
      }
    }
  }
}
