package org.minecarbon.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minecarbon.testkit.Fixtures;

class SchemaTest {
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final JsonSchema INVENTORY = FACTORY.getSchema(Schemas.inventory());
  private static final JsonSchema BALANCE = FACTORY.getSchema(Schemas.balance());

  private static Set<ValidationMessage> inventory(String json) {
    return INVENTORY.validate(json, InputFormat.JSON);
  }

  @ParameterizedTest
  @ValueSource(strings = {Fixtures.RICH, Fixtures.MINIMAL})
  void inventorySchema_validFixtures_validate(String fixture) {
    assertThat(inventory(Fixtures.text(fixture))).isEmpty();
  }

  @Test
  void inventorySchema_writtenDocument_validates() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Documents.writeJson(RoundTripTest.load(Fixtures.RICH), out);
    assertThat(inventory(out.toString(StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void inventorySchema_brokenFixture_fails() {
    assertThat(inventory(Fixtures.text(Fixtures.BROKEN_FIELDS))).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"period\":\"2024\",\"source\":\"fuel\",\"quantity\":1,\"unit\":\"t\"}", // no fuel
        "{\"period\":\"2024\",\"source\":\"flare\",\"quantity\":1,\"unit\":\"10^4Nm3\"}",
        "{\"period\":\"2024-13\",\"source\":\"fugitive\",\"gas\":\"CH4\",\"quantity\":1,\"unit\":\"t\"}",
        "{\"period\":\"2024\",\"source\":\"heat\"}",
        "{\"period\":\"2024\",\"source\":\"electricity\",\"quantity\":1,\"unit\":\"MWh\",\"gridYear\":2022.5}",
        "{\"period\":\"2024\",\"source\":\"fugitive\",\"gas\":\"CH4\",\"quantity\":1,\"unit\":\"t\","
            + "\"uncertainty\":{\"distribution\":\"normal\"}}",
        "{\"period\":\"2024\",\"source\":\"measured\",\"gas\":\"CH4\",\"quantity\":1,\"unit\":\"t\"}"
      })
  void inventorySchema_brokenRows_fail(String row) {
    String doc =
        "{\"format\":\"minecarbon/inventory@1\",\"enterprise\":{\"name\":\"x\"},\"activities\":["
            + row
            + "]}";
    assertThat(inventory(doc)).isNotEmpty();
  }

  @Test
  void inventorySchema_extraFields_allowed() {
    String doc =
        "{\"format\":\"minecarbon/inventory@1\",\"enterprise\":{\"name\":\"x\"},\"x-extra\":1,"
            + "\"activities\":[{\"period\":\"2024\",\"source\":\"fugitive\",\"gas\":\"CH4\","
            + "\"quantity\":1,\"unit\":\"t\",\"colour\":\"red\"}]}";
    assertThat(inventory(doc)).isEmpty();
  }

  @Test
  void balanceSchema_writtenBalance_validates() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultWriters.balanceJson(Balances.balance(), out);
    assertThat(BALANCE.validate(out.toString(StandardCharsets.UTF_8), InputFormat.JSON)).isEmpty();
  }

  @Test
  void balanceSchema_missingNet_fails() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultWriters.balanceJson(Balances.balance(), out);
    String broken = out.toString(StandardCharsets.UTF_8).replaceFirst("\"net\"", "\"nett\"");
    assertThat(BALANCE.validate(broken, InputFormat.JSON)).isNotEmpty();
  }
}
