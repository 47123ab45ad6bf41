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
import java.util.Set;
import java.util.stream.Collectors;
import org.minecarbon.app.App;
import org.minecarbon.app.access.AccessUser;
import org.minecarbon.app.access.Actor;
import org.minecarbon.app.meter.IngestResult;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.io.meter.ReadingsReader;
import org.minecarbon.io.meter.RegistryReader;
import org.minecarbon.meter.reading.Reading;
import org.minecarbon.meter.registry.MeterRegistry;
import org.minecarbon.store.Store;
import org.minecarbon.store.inventory.InventoryRepository;
import org.minecarbon.store.inventory.SiteRecord;
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
 * <p>Each batch starts as the CSV bytes the readings endpoint receives ({@code meter,time,value},
 * one line per reading, RFC 3339 times): the parse and validation of the body are in the measured
 * path. The baseline copies the same rows, as {@code COPY} text prepared before the clock starts,
 * into a table with {@code meter_reading}'s columns and primary key (without its foreign key to
 * {@code enterprise}).
 *
 * <p>Usage: {@code IngestBench JDBC_URL USER PASSWORD [refreshRows=false]
 * [batchSizes=10000,100000]} (each size a divisor of 1,000,000, run one after the other on fresh
 * tables); a fresh schema is created per run.
 */
public final class IngestBench {
  private static final int METERS = 100;
  private static final int TOTAL = 1_000_000; // 100 meters × 10,000 instants
  private static final Instant T0 = Instant.parse("2025-03-01T00:00:00Z");

  private IngestBench() {}

  public static void main(String[] args) throws Exception {
    boolean refresh = args.length > 3 && Boolean.parseBoolean(args[3]);
    String sizes = args.length > 4 ? args[4] : "10000,100000";
    for (String size : sizes.split(",")) {
      run(args[0], args[1], args[2], refresh, Integer.parseInt(size.trim()));
    }
  }

  private static void run(String url, String user, String password, boolean refresh, int size)
      throws Exception {
    if (size <= 0 || TOTAL % size != 0 || size % METERS != 0) {
      throw new IllegalArgumentException(
          "batch size must divide 1,000,000 and be a multiple of 100");
    }
    int batchCount = TOTAL / size;
    int perMeter = size / METERS;
    String schema = "bench_" + Long.toHexString(System.nanoTime());
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(url);
    ds.setUser(user);
    ds.setPassword(password);
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
    BenchActor actor = new BenchActor(store);
    try (App app = new App(store, actor, p -> p, App.Settings.DEFAULTS)) {
      app.meters().putRegistry(enterprise, registry().getBytes(StandardCharsets.UTF_8), 0L);
      List<byte[]> batches = new ArrayList<>();
      List<String> copyTexts = new ArrayList<>();
      for (int b = 0; b < batchCount; b++) {
        batches.add(csv(b, perMeter).getBytes(StandardCharsets.UTF_8));
        copyTexts.add(copyText(b, perMeter, enterprise));
      }
      createCopyTable(ds);
      long oursNs = 0;
      long copyNs = 0;
      long stored = 0;
      long copied = 0;
      try (Connection c = ds.getConnection()) {
        c.setAutoCommit(false);
        CopyManager copy = c.unwrap(BaseConnection.class).getCopyAPI();
        // side by side: batch i through the use case, then the same rows by COPY, so both see
        // the same load on this shared machine
        for (int b = 0; b < batchCount; b++) {
          actor.newRequest();
          long t = System.nanoTime();
          IngestResult r =
              app.meters()
                  .ingest(
                      enterprise, new ByteArrayInputStream(batches.get(b)), "text/csv", refresh);
          oursNs += System.nanoTime() - t;
          stored += r.accepted();
          t = System.nanoTime();
          copied += copy.copyIn(COPY_SQL, new StringReader(copyTexts.get(b)));
          c.commit();
          copyNs += System.nanoTime() - t;
        }
      }
      double ours = stored / (oursNs / 1e9);
      double baseline = copied / (copyNs / 1e9);
      double parse = parseOnly(store, enterprise, batches);
      System.out.printf(
          "batch %,d: use case %d readings, %.0f readings/s (refreshRows=%s)%n",
          size, stored, ours, refresh);
      System.out.printf(
          "batch %,d: COPY baseline %d rows, %.0f readings/s%n", size, copied, baseline);
      System.out.printf("batch %,d: ratio COPY/use case %.2f%n", size, baseline / ours);
      System.out.printf(
          "batch %,d: parse and validation alone (ReadingsReader) %.0f readings/s%n", size, parse);
    } finally {
      pooled.close();
      exec(ds, "DROP SCHEMA " + schema + " CASCADE");
    }
  }

  private static final String COPY_SQL =
      "COPY copy_reading (enterprise_id, meter_id, at_ms, reading_value, flow, concentration,"
          + " status, temperature, pressure) FROM STDIN";

  /** The baseline's table: meter_reading's columns and primary key (no foreign key). */
  private static void createCopyTable(PGSimpleDataSource ds) throws SQLException {
    exec(
        ds,
        "CREATE TABLE copy_reading (enterprise_id BIGINT NOT NULL, meter_id VARCHAR(100) NOT NULL,"
            + " at_ms BIGINT NOT NULL, reading_value DOUBLE PRECISION, flow DOUBLE PRECISION,"
            + " concentration DOUBLE PRECISION, status VARCHAR(16) NOT NULL,"
            + " temperature DOUBLE PRECISION, pressure DOUBLE PRECISION,"
            + " PRIMARY KEY (enterprise_id, meter_id, at_ms))");
  }

  /** The body's parse and validation alone (io's ReadingsReader, as the use case calls it). */
  private static double parseOnly(Store store, long enterprise, List<byte[]> batches) {
    Set<String> sites =
        store.inventories().sites(enterprise).stream()
            .map(SiteRecord::code)
            .collect(Collectors.toSet());
    MeterRegistry registry =
        ((Result.Ok<MeterRegistry>)
                RegistryReader.read(
                    registry().getBytes(StandardCharsets.UTF_8), "meters.json", sites))
            .value();
    long n = 0;
    long t = System.nanoTime();
    for (byte[] batch : batches) {
      n +=
          ((Result.Ok<List<Reading>>) ReadingsReader.read(batch, "r.csv", registry)).value().size();
    }
    return n / ((System.nanoTime() - t) / 1e9);
  }

  private static String csv(int batch, int perMeter) {
    StringBuilder sb = new StringBuilder(perMeter * METERS * 40).append("meter,time,value\n");
    for (int m = 0; m < METERS; m++) {
      for (int j = 0; j < perMeter; j++) {
        int minute = batch * perMeter + j;
        sb.append(meter(m)).append(',').append(T0.plusSeconds(60L * minute)).append(',');
        sb.append(value(m, minute)).append('\n');
      }
    }
    return sb.toString();
  }

  private static String copyText(int batch, int perMeter, long enterprise) {
    StringBuilder sb = new StringBuilder(perMeter * METERS * 48);
    for (int m = 0; m < METERS; m++) {
      for (int j = 0; j < perMeter; j++) {
        int minute = batch * perMeter + j;
        sb.append(enterprise).append('\t').append(meter(m)).append('\t');
        sb.append(T0.plusSeconds(60L * minute).toEpochMilli()).append('\t');
        sb.append(value(m, minute)).append("\t\\N\t\\N\tok\t\\N\t\\N\n");
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

  /**
   * The bench's user, read from the store once per batch, as the server's {@code CurrentUser} reads
   * it once per request ({@link #newRequest} before each batch).
   */
  private static final class BenchActor implements Actor {
    private final Store store;
    private Optional<AccessUser> cached = Optional.empty();

    BenchActor(Store store) {
      this.store = store;
    }

    void newRequest() {
      cached = Optional.empty();
    }

    @Override
    public Optional<AccessUser> user() {
      if (cached.isEmpty()) {
        cached = store.users().user("bench").map(u -> AccessUser.load(store, u));
      }
      return cached;
    }
  }
}
