package org.minecarbon.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.minecarbon.app.access.Role;
import tools.jackson.databind.JsonNode;

/**
 * The process endpoints on io's tiny v2 package (zipped here): every role of the owning group reads
 * the processes, methods, result, CSV and XLSX; every role of another group gets 404 for all five.
 * Result by hand (io's ImportedMethodTest): 1 kg concentrate needs 20 kg ore (formula ratio/1000 t,
 * ratio 20), CO2 = 0.5 + 20 × 0.01 = 0.7 kg, × GWP100 1 for fossil CO2 = 0.7 kg CO2e.
 */
class LcaProcessApiIT extends ApiTestBase {
  private static final Path TINY =
      Path.of("../io/src/test/resources/org/minecarbon/io/lca/v2-tiny");

  @Test
  void processEndpoints_everyRoleOwnGroupAllowed_otherGroupNotFound() throws IOException {
    HttpResponse<byte[]> up = upload("/api/v1/lca/databases?wait=true", "tiny.zip", zip(TINY));
    assertThat(up.statusCode()).as(new String(up.body(), StandardCharsets.UTF_8)).isEqualTo(201);
    long db = json(up).get("id").asLong();
    String base = "/api/v1/lca/databases/" + db;
    List<String> paths =
        List.of(
            base + "/processes?q=CONC",
            base + "/methods",
            base + "/processes/p-conc",
            base + "/processes/p-conc/result.csv",
            base + "/processes/p-conc/result.xlsx");
    List<String> failures = new ArrayList<>();
    for (Role role : Role.values()) {
      Actor own = actor(role);
      Actor other = actor(TENANT_B, List.of(), role);
      for (String path : paths) {
        int mine = getAs(own, path).statusCode();
        int theirs = getAs(other, path).statusCode();
        if (mine != 200) {
          failures.add(role + " own " + path + " → " + mine);
        }
        if (theirs != 404) {
          failures.add(role + " other group " + path + " → " + theirs);
        }
      }
    }
    assertThat(failures).isEmpty();

    Actor viewer = actor(Role.VIEWER);
    JsonNode page = json(getAs(viewer, base + "/processes?q=CONC"));
    assertThat(page.get("total").asInt()).isEqualTo(1);
    assertThat(page.at("/processes/0/id").asString()).isEqualTo("p-conc");
    JsonNode r = json(getAs(viewer, base + "/processes/p-conc"));
    assertThat(r.get("total").asDouble()).isCloseTo(0.7, within(1e-12));
    // 10 kg: linear in the amount
    JsonNode ten = json(getAs(viewer, base + "/processes/p-conc?amount=10"));
    assertThat(ten.get("total").asDouble()).isCloseTo(7.0, within(1e-12));
    assertThat(r.at("/tree/processId").asString()).isEqualTo("p-conc");
    assertThat(r.at("/trace/sha256").asString()).hasSize(64);
    // direct parts by hand: p-conc 0.5, p-mine 20 × 0.01 = 0.2
    assertThat(r.at("/byProcess/0/amount").asDouble()).isCloseTo(0.5, within(1e-12));
    assertThat(r.at("/byProcess/1/amount").asDouble()).isCloseTo(0.2, within(1e-12));

    HttpResponse<byte[]> bad = getAs(viewer, base + "/processes/p-conc?amount=x&method=nope&top=0");
    assertThat(bad.statusCode()).isEqualTo(422);
    String problem = new String(bad.body(), StandardCharsets.UTF_8);
    assertThat(problem).contains("/amount", "/top");
    assertThat(getAs(viewer, base + "/processes/p-conc?method=nope").statusCode()).isEqualTo(422);
    assertThat(getAs(viewer, base + "/processes/no-such").statusCode()).isEqualTo(404);
    String csv =
        new String(
            getAs(viewer, base + "/processes/p-conc/result.csv").body(), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFFsummary\r\n").contains("total,0.7");
  }

  private static byte[] zip(Path dir) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out);
        var files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        z.putNextEntry(new ZipEntry(dir.relativize(f).toString().replace('\\', '/')));
        z.write(Files.readAllBytes(f));
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
