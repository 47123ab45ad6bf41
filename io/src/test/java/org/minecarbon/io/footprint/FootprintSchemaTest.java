package org.minecarbon.io.footprint;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.minecarbon.lca.footprint.AllocationMethod;
import org.minecarbon.lca.footprint.Footprint;

class FootprintSchemaTest {
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final JsonSchema FOOTPRINT = FACTORY.getSchema(FootprintSchemas.footprint());
  private static final JsonSchema LINKS = FACTORY.getSchema(FootprintSchemas.links());

  @Test
  void footprintSchema_writtenFootprint_validates() throws IOException {
    Footprint f =
        Fixture.footprint(
                Fixture.tree("copper-mine.json"),
                2024,
                "copper-concentrate",
                AllocationMethod.ECONOMIC,
                Fixture.tree("links.json"))
            .orElseThrow();

    String json = FootprintJson.write(f).toString();

    assertThat(FOOTPRINT.validate(json, InputFormat.JSON)).isEmpty();
    assertThat(FOOTPRINT.validate(json.replace("\"removals\":", "\"sinks\":"), InputFormat.JSON))
        .isNotEmpty();
  }

  @Test
  void linksSchema_exampleAndFixture_validateAndABrokenLinkFails() throws IOException {
    String example = Files.readString(Path.of("..", "examples", "footprint", "LINKS.json"));

    assertThat(LINKS.validate(example, InputFormat.JSON)).isEmpty();
    assertThat(LINKS.validate(Fixture.tree("links.json").toString(), InputFormat.JSON)).isEmpty();
    assertThat(
            LINKS.validate(example.replace("\"amount\": 1000", "\"amount\": 0"), InputFormat.JSON))
        .isNotEmpty();
  }
}
