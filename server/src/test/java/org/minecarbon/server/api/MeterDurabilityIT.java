package org.minecarbon.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minecarbon.io.json.JsonCodec;
import tools.jackson.databind.JsonNode;

/**
 * Durability of embedded ingestion (meters v1 §2): the server runs as a child JVM on an H2 file
 * with its default settings; a client thread posts batches of readings; the server is killed
 * ({@code destroyForcibly}, SIGKILL) while batches are in flight; after a restart on the same file
 * every acknowledged batch is stored exactly once (re-posting it answers 200, all duplicates), the
 * batch whose answer was lost is stored wholly or not at all (re-posting gives 200 or 202, never a
 * partial or double count), and the table holds each key once.
 */
class MeterDurabilityIT {
  private static final String PASSWORD = "durability-operator-secret";
  private static final int BATCHES = 40;
  private static final int PER_BATCH = 250;
  private static final String REGISTRY =
      """
      {"format": "minecarbon/meters@1", "timezone": "Asia/Shanghai", "meters": [
        {"id": "D-01", "site": "mine", "kind": "fuel", "fuel": "diesel", "mode": "counter",
         "unit": "t", "row": {"stage": "mining"}}]}
      """;

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @TempDir Path dir;

  @Test
  void killDashNine_midStream_everyAckedBatchStoredExactlyOnce() throws Exception {
    int port = freePort();
    Process server = start(port);
    long id = setUp(port);
    Map<Integer, Integer> acked = new ConcurrentHashMap<>();
    AtomicInteger sent = new AtomicInteger();
    Thread poster =
        Thread.ofPlatform()
            .start(
                () -> {
                  for (int b = 0; b < BATCHES; b++) {
                    sent.set(b + 1);
                    try {
                      acked.put(b, post(port, id, batch(b)).statusCode());
                    } catch (IOException e) {
                      return; // the server died with this batch in flight: not acknowledged
                    }
                  }
                });
    while (acked.size() < 5 && poster.isAlive()) {
      Thread.sleep(5);
    }
    server.destroyForcibly().waitFor(); // SIGKILL while the client keeps posting
    poster.join();
    int posted = sent.get();
    assertThat(acked.size()).as("killed mid-stream").isLessThan(BATCHES).isGreaterThanOrEqualTo(5);
    assertThat(acked.values()).allMatch(s -> s == 202);

    Process again = start(port);
    try {
      for (int b = 0; b < posted; b++) {
        HttpResponse<byte[]> r = post(port, id, batch(b));
        JsonNode counts = JsonCodec.mapper().readTree(r.body());
        if (acked.containsKey(b)) {
          assertThat(r.statusCode()).as("acked batch %d re-posted", b).isEqualTo(200);
          assertThat(counts.get("duplicates").asInt()).isEqualTo(PER_BATCH);
        } else {
          // the in-flight batch committed wholly (200) or not at all (202 with every reading)
          assertThat(r.statusCode()).as("un-acked batch %d", b).isIn(200, 202);
          int accepted = counts.get("accepted").asInt();
          assertThat(accepted).isIn(0, PER_BATCH);
          assertThat(counts.get("duplicates").asInt()).isEqualTo(PER_BATCH - accepted);
        }
        assertThat(counts.get("conflicts").asInt()).isZero();
      }
    } finally {
      again.destroy();
      again.waitFor();
    }
    long[] counted = count();
    assertThat(counted[0]).as("rows stored").isEqualTo((long) posted * PER_BATCH);
    assertThat(counted[1]).as("distinct keys").isEqualTo(counted[0]);
  }

  /** Batch b: readings b·250 … b·250+249 of D-01, one a minute from 2025-03-01 00:00 +08:00. */
  private static String batch(int b) {
    StringBuilder sb = new StringBuilder("meter,time,value\n");
    Instant t0 = Instant.parse("2025-02-28T16:00:00Z");
    for (int i = 0; i < PER_BATCH; i++) {
      int n = b * PER_BATCH + i;
      sb.append("D-01,").append(t0.plusSeconds(60L * n)).append(',').append(n).append('\n');
    }
    return sb.toString();
  }

  private Process start(int port) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
            java,
            "-Xmx512m",
            "-cp",
            System.getProperty("java.class.path"),
            "org.minecarbon.server.MineCarbonApplication",
            "--server.port=" + port,
            "--minecarbon.admin.initial-password=" + PASSWORD,
            "--minecarbon.security.bcrypt-strength=4");
    pb.environment().put("MINECARBON_DATA", dir.toString());
    pb.environment().remove("MINECARBON_DB_URL");
    pb.redirectErrorStream(true);
    pb.redirectOutput(dir.resolve("server-" + System.nanoTime() + ".log").toFile());
    Process p = pb.start();
    long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
    while (System.nanoTime() < deadline) {
      assertThat(p.isAlive()).as("server exited; see logs in " + dir).isTrue();
      try {
        if (send(port, request(port, "/api/v1/enterprises").GET().build()).statusCode() == 200) {
          return p;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    p.destroyForcibly();
    throw new IllegalStateException("server did not start within 4 minutes");
  }

  private long setUp(int port) throws IOException, InterruptedException {
    byte[] coal = Files.readAllBytes(Path.of("../examples/coal-mine.json"));
    HttpResponse<byte[]> imported =
        send(
            port,
            request(port, "/api/v1/enterprises/import")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(coal))
                .build());
    assertThat(imported.statusCode()).isEqualTo(200);
    long id = JsonCodec.mapper().readTree(imported.body()).get("enterpriseId").asLong();
    HttpResponse<byte[]> put =
        send(
            port,
            request(port, "/api/v1/enterprises/" + id + "/meters")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(REGISTRY))
                .build());
    assertThat(put.statusCode()).isEqualTo(200);
    return id;
  }

  private HttpResponse<byte[]> post(int port, long id, String csv) throws IOException {
    try {
      return send(
          port,
          request(port, "/api/v1/enterprises/" + id + "/meters/readings")
              .header("Content-Type", "text/csv")
              .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
              .build());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private HttpResponse<byte[]> send(int port, HttpRequest r)
      throws IOException, InterruptedException {
    return client.send(r, HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpRequest.Builder request(int port, String path) {
    String auth =
        Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Basic " + auth);
  }

  /** Rows and distinct keys in meter_reading, read from the H2 file after the server stopped. */
  private long[] count() throws SQLException {
    String url = "jdbc:h2:file:" + dir.resolve("minecarbon") + ";ACCESS_MODE_DATA=r";
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT COUNT(*), (SELECT COUNT(*) FROM (SELECT DISTINCT enterprise_id, meter_id,"
                    + " at_ms FROM meter_reading) d) FROM meter_reading")) {
      rs.next();
      return new long[] {rs.getLong(1), rs.getLong(2)};
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
