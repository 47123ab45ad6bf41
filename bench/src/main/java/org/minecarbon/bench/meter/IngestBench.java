package org.minecarbon.bench.meter;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.minecarbon.app.App;
import org.minecarbon.app.access.AccessUser;
import org.minecarbon.app.access.Actor;
import org.minecarbon.app.meter.IngestResult;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.store.Store;
import org.minecarbon.store.inventory.InventoryRepository;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;
import org.postgresql.ds.PGSimpleDataSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 15: embedded ingestion of 1 M rate readings (100 meters × 10,000 instants) into PostgreSQL
 * through the use case ({@code MeterService.ingest}: parse and validate every line, enterprise
 * lock, classification against stored keys, JDBC batch insert, commit = acknowledged-durable), in
 * batches of 10,000, against plain PostgreSQL {@code COPY} of the same rows into a table of the
 * same shape (one transaction per batch as well). Prints both rates and their ratio.
 *
 * <p>Usage: {@code IngestBench JDBC_URL USER PASSWORD [refreshRows=false]}; a fresh schema is
 * created per run.
 */
public final class IngestBench {
  private static final int METERS = 100;
  private static final int BATCHES = 100;
  private static final int PER_METER = 100; // per batch: 100 meters × 100 instants = 10,000
  private static final Instant T0 = Instant.parse("2025-03-01T00:00:00Z");

  private IngestBench() {}

  public static void main(String[] args) throws Exception {
    String schema = "bench_" + Long.toHexString(System.nanoTime());
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(args[0]);
    ds.setUser(args[1]);
    ds.setPassword(args[2]);
    boolean refresh = args.length > 3 && Boolean.parseBoolean(args[3]);
    exec(ds, "CREATE SCHEMA " + schema);
    ds.setCurrentSchema(schema);
    ds.setReWriteBatchedInserts(true);
    Store.migrate(ds);
    HikariConfig pool = new HikariConfig();
    pool.setDataSource(ds);
    pool.setMaximumPoolSize(4);
    HikariDataSource pooled = new HikariDataSource(pool);
    Store store = new Store(pooled);
    long group = store.users().createGroup("bench");
    store.users().createUser("bench", "{noop}x", List.of("ADMIN"), group);
    long enterprise = enterprise(store, group);
    try (App app = new App(store, new BenchActor(store), p -> p, App.Settings.DEFAULTS)) {
      app.meters().putRegistry(enterprise, registry().getBytes(StandardCharsets.UTF_8), 0L);
      List<byte[]> batches = new ArrayList<>();
      for (int b = 0; b < BATCHES; b++) {
        batches.add(csv(b).getBytes(StandardCharsets.UTF_8));
      }
      long t = System.nanoTime();
      long stored = 0;
      for (byte[] batch : batches) {
        IngestResult r =
            app.meters().ingest(enterprise, new ByteArrayInputStream(batch), "text/csv", refresh);
        stored += r.accepted();
      }
      double ours = stored / ((System.nanoTime() - t) / 1e9);
      double copy = copyBaseline(ds, enterprise);
      System.out.printf(
          "use case: %d readings, %.0f readings/s (refreshRows=%s)%n", stored, ours, refresh);
      System.out.printf("COPY baseline: %.0f readings/s%n", copy);
      System.out.printf("ratio COPY/use case: %.2f%n", copy / ours);
    } finally {
      pooled.close();
      exec(ds, "DROP SCHEMA " + schema + " CASCADE");
    }
  }

  /** COPY of the same rows (text format) into a table shaped like meter_reading. */
  private static double copyBaseline(PGSimpleDataSource ds, long enterprise)
      throws SQLException, IOException {
    exec(
        ds,
        "CREATE TABLE copy_reading (enterprise_id BIGINT NOT NULL, meter_id VARCHAR(100) NOT NULL,"
            + " at_ms BIGINT NOT NULL, reading_value DOUBLE PRECISION, status VARCHAR(16) NOT NULL,"
            + " PRIMARY KEY (enterprise_id, meter_id, at_ms))");
    List<String> batches = new ArrayList<>();
    for (int b = 0; b < BATCHES; b++) {
      batches.add(copyText(b, enterprise));
    }
    long n = 0;
    long t = System.nanoTime();
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      CopyManager copy = c.unwrap(BaseConnection.class).getCopyAPI();
      for (String batch : batches) {
        n +=
            copy.copyIn(
                "COPY copy_reading (enterprise_id, meter_id, at_ms, reading_value, status) FROM"
                    + " STDIN",
                new StringReader(batch));
        c.commit();
      }
    }
    return n / ((System.nanoTime() - t) / 1e9);
  }

  private static String csv(int batch) {
    StringBuilder sb = new StringBuilder(400_000).append("meter,time,value\n");
    for (int m = 0; m < METERS; m++) {
      for (int j = 0; j < PER_METER; j++) {
        int minute = batch * PER_METER + j;
        sb.append(meter(m)).append(',').append(T0.plusSeconds(60L * minute)).append(',');
        sb.append(value(m, minute)).append('\n');
      }
    }
    return sb.toString();
  }

  private static String copyText(int batch, long enterprise) {
    StringBuilder sb = new StringBuilder(400_000);
    for (int m = 0; m < METERS; m++) {
      for (int j = 0; j < PER_METER; j++) {
        int minute = batch * PER_METER + j;
        sb.append(enterprise).append('\t').append(meter(m)).append('\t');
        sb.append(T0.plusSeconds(60L * minute).toEpochMilli()).append('\t');
        sb.append(value(m, minute)).append("\tok\n");
      }
    }
    return sb.toString();
  }

  private static String meter(int m) {
    return String.format("E-%03d", m);
  }

  /** A deterministic load in kW. */
  private static double value(int m, int minute) {
    return 500 + m + (minute % 60) * 0.5;
  }

  private static String registry() {
    StringBuilder sb =
        new StringBuilder(
            "{\"format\": \"minecarbon/meters@1\", \"timezone\": \"Asia/Shanghai\", \"meters\": [");
    for (int m = 0; m < METERS; m++) {
      sb.append(m == 0 ? "" : ",")
          .append("{\"id\": \"")
          .append(meter(m))
          .append("\", \"site\": \"mine\", \"kind\": \"electricity\", \"mode\": \"rate\",")
          .append(" \"unit\": \"kW\"}");
    }
    return sb.append("]}").toString();
  }

  private static long enterprise(Store store, long group) throws IOException {
    ObjectNode doc =
        (ObjectNode)
            JsonCodec.mapper().readTree(Files.readString(Path.of("examples/coal-mine.json")));
    long id = store.inventories().createEnterprise(group, InventoryRepository.header(doc));
    store.inventories().replaceDocument(id, doc);
    return id;
  }

  private static void exec(PGSimpleDataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /** The bench's user, read from the store like the server's. */
  private record BenchActor(Store store) implements Actor {
    @Override
    public Optional<AccessUser> user() {
      return store.users().user("bench").map(u -> AccessUser.load(store, u));
    }
  }
}
