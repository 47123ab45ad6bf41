package org.minecarbon.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minecarbon.app.access.Role;
import org.minecarbon.core.calc.Calculation;
import org.minecarbon.core.calc.Calculator;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.io.Documents;
import org.minecarbon.io.footprint.FootprintInputs;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.lca.footprint.AllocationMethod;
import org.minecarbon.lca.footprint.FootprintCalculator;
import org.minecarbon.lca.footprint.FootprintRequest;
import tools.jackson.databind.JsonNode;

/** The footprint API: compute, list, one, result file, 422 with every issue, roles, tenants. */
class FootprintApiIT extends ApiTestBase {
  private static final Path COPPER = Path.of("../examples/footprint-copper-mine.json");
  private static final String BODY =
      "{\"year\":2024,\"product\":\"copper-concentrate\",\"allocation\":\"mass\"}";

  @Test
  void compute_copperMine_200WithTheCliResult_listedAndDownloadable() throws Exception {
    long id = importNew(COPPER);
    String base = "/api/v1/enterprises/" + id + "/footprints";

    HttpResponse<byte[]> r = postJson(base, BODY);

    assertThat(r.statusCode()).as(text(r)).isEqualTo(200);
    JsonNode run = json(r);
    double expected = cliTotal();
    assertThat(run.get("total").asDouble()).isCloseTo(expected, within(1e-9));
    assertThat(run.at("/result/format").asString()).isEqualTo("minecarbon/footprint@1");
    long runId = run.get("id").asLong();
    assertThat(json(get(base))).anyMatch(x -> x.get("id").asLong() == runId);
    assertThat(json(get(base + "/" + runId)).at("/result/total").asDouble())
        .isCloseTo(expected, within(1e-9));
    HttpResponse<byte[]> file = get(base + "/" + runId + "/result");
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.headers().firstValue("Content-Disposition"))
        .get()
        .asString()
        .contains("attachment");
    assertThat(json(file).get("total").asDouble()).isCloseTo(expected, within(1e-9));
  }

  @Test
  void compute_badOptions_422ListingEveryIssue() {
    long id = importNew(COPPER);

    HttpResponse<byte[]> r =
        postJson(
            "/api/v1/enterprises/" + id + "/footprints",
            "{\"year\":\"20x4\",\"product\":\"\",\"allocation\":\"volume\",\"method\":\"gwp-9\"}");

    assertProblem(r, 422, "WRONG_TYPE");
    assertThat(json(r).get("issues"))
        .extracting(i -> i.get("pointer").asString())
        .containsExactlyInAnyOrder("/year", "/product", "/allocation", "/method");
  }

  @Test
  void saveLinks_badDocument_422WithPointers() {
    long id = importNew(COPPER);

    HttpResponse<byte[]> r =
        putJson(
            "/api/v1/enterprises/" + id + "/footprint-links",
            "{\"databaseId\":99999,\"links\":{\"format\":\"minecarbon/links@1\",\"links\":"
                + "[{\"input\":\"steam\",\"code\":\"x\",\"process\":\"p\",\"unit\":\"kg\","
                + "\"per\":\"t\",\"amount\":1}]}}",
            null);

    assertThat(r.statusCode()).as(text(r)).isEqualTo(422);
    assertThat(json(r).get("issues"))
        .extracting(i -> i.get("pointer").asString())
        .contains("/links/0/input", "/databaseId");
  }

  @Test
  void viewer_readsButCannotCompute_otherTenant404() {
    long id = importNew(COPPER);
    String base = "/api/v1/enterprises/" + id + "/footprints";
    long runId = json(postJson(base, BODY)).get("id").asLong();
    Actor viewer = actor(Role.VIEWER);
    Actor rival = actor(TENANT_B, List.of(), Role.ADMIN);

    assertThat(getAs(viewer, base + "/" + runId).statusCode()).isEqualTo(200);
    assertThat(postJsonAs(viewer, base, BODY).statusCode()).isEqualTo(403);
    assertThat(getAs(rival, base + "/" + runId).statusCode()).isEqualTo(404);
    assertThat(getAs(rival, base).statusCode()).isEqualTo(404);
    assertThat(postJsonAs(rival, base, BODY).statusCode()).isEqualTo(404);
    assertThat(getAs(rival, "/api/v1/enterprises/" + id + "/footprint-links").statusCode())
        .isEqualTo(404);
  }

  @Test
  void databases_uploadNotAZip_422_viewerCannotUpload() {
    HttpResponse<byte[]> r = upload("/api/v1/lca/databases", "x.zip", "hello".getBytes());
    assertProblem(r, 422, "LCA_DATABASE_NOT_ZIP");
    Actor viewer = actor(Role.VIEWER);
    HttpResponse<byte[]> denied =
        send(
            as(viewer, "/api/v1/lca/databases")
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofString("--x--\r\n"))
                .build());
    assertThat(denied.statusCode()).isEqualTo(403);
    assertThat(getAs(viewer, "/api/v1/lca/databases").statusCode()).isEqualTo(200);
  }

  @Test
  void databases_uploadUslci_202ThenPolledJobEndsWithTheListedDatabase() throws Exception {
    HttpResponse<byte[]> r =
        upload("/api/v1/lca/databases?name=USLCI", "uslci.zip", read(USLCI_ZIP));

    assertThat(r.statusCode()).as(text(r)).isEqualTo(202);
    String location = r.headers().firstValue("Location").orElseThrow();
    assertThat(location).startsWith("/api/v1/lca/databases/imports/");
    JsonNode job = await(location);
    assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("done");
    assertThat(job.get("progress").asDouble()).isEqualTo(1.0);
    // every phase reported, in order; USLCI's 766 processes (issue 14) counted while checking
    assertThat(job.get("steps"))
        .extracting(s -> s.get("phase").asString())
        .containsExactly("READING", "CHECKING", "FORMULAS", "LINKING", "PREPARING", "STORING");
    assertThat(job.at("/steps/1/counts/processes").asLong()).isEqualTo(766);
    long db = job.get("databaseId").asLong();
    JsonNode stored = json(get("/api/v1/lca/databases/" + db));
    assertThat(stored.get("processCount").asInt()).isEqualTo(766);
    assertThat(stored.get("name").asString()).isEqualTo("USLCI");
    Actor viewer = actor(Role.VIEWER);
    Actor rival = actor(TENANT_B, List.of(), Role.ADMIN);
    assertThat(getAs(viewer, location).statusCode()).isEqualTo(200);
    assertThat(getAs(rival, location).statusCode()).isEqualTo(404);
  }

  @Test
  void databases_uploadBrokenPackage_jobFailsWithEveryProblemNothingStored() throws Exception {
    int before = json(get("/api/v1/lca/databases")).size();
    byte[] zip =
        zip(
            "processes/broken.json",
            "{\"@id\": ",
            "processes/anonymous.json",
            "{\"name\": \"no id\"}",
            "flow_properties/mass.json",
            "{\"@id\": \"mass\", \"name\": \"Mass\", \"unitGroup\": {\"@id\": \"x\"}}");

    HttpResponse<byte[]> r = upload("/api/v1/lca/databases", "bad.zip", zip);

    assertThat(r.statusCode()).as(text(r)).isEqualTo(202);
    JsonNode job = await(r.headers().firstValue("Location").orElseThrow());
    assertThat(job.get("state").asString()).isEqualTo("failed");
    assertThat(job.hasNonNull("databaseId")).isFalse();
    assertThat(job.get("issues"))
        .extracting(i -> i.get("pointer").asString())
        .anyMatch(p -> p.startsWith("processes/broken.json"))
        .anyMatch(p -> p.startsWith("processes/anonymous.json"))
        .anyMatch(p -> p.startsWith("flow_properties/mass.json"));
    assertThat(json(get("/api/v1/lca/databases")).size()).isEqualTo(before);
  }

  @Test
  void databases_uploadWait_brokenPackage422ListingEveryProblem() throws Exception {
    byte[] zip = zip("processes/a.json", "{", "processes/b.json", "{");

    HttpResponse<byte[]> r = upload("/api/v1/lca/databases?wait=true", "bad.zip", zip);

    assertThat(r.statusCode()).as(text(r)).isEqualTo(422);
    assertThat(json(r).get("issues"))
        .extracting(i -> i.get("pointer").asString())
        .anyMatch(p -> p.startsWith("processes/a.json"))
        .anyMatch(p -> p.startsWith("processes/b.json"));
  }

  private static final Path USLCI_ZIP =
      Path.of("../lca/src/test/data/uslci-2017-olca-jsonld-v1.zip");

  private JsonNode await(String location) throws InterruptedException {
    JsonNode job = json(get(location));
    for (int i = 0; i < 3000 && job.get("state").asString().equals("running"); i++) {
      Thread.sleep(100);
      job = json(get(location));
    }
    return job;
  }

  private static byte[] zip(String... nameAndText) throws java.io.IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
      for (int i = 0; i < nameAndText.length; i += 2) {
        z.putNextEntry(new java.util.zip.ZipEntry(nameAndText[i]));
        z.write(nameAndText[i + 1].getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** Oracle: `minecarbon footprint FILE --year 2024 --product copper-concentrate` (its path). */
  private static double cliTotal() throws Exception {
    FactorLibrary library = FactorLibrary.builtIn();
    Inventory inv = Documents.load(COPPER, library).orElseThrow();
    Calculation calc = new Calculator(library).calculate(inv).orElseThrow();
    FootprintInputs in =
        FootprintInputs.read(JsonCodec.mapper().readTree(Files.readString(COPPER)), inv)
            .orElseThrow();
    return new FootprintCalculator()
        .calculate(
            new FootprintRequest(
                calc,
                2024,
                "copper-concentrate",
                AllocationMethod.MASS,
                in.prices(),
                in.materials(),
                null))
        .orElseThrow()
        .total();
  }

  private static String text(HttpResponse<byte[]> r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }
}
