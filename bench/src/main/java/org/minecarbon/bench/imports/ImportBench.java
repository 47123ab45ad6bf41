package org.minecarbon.bench.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.minecarbon.app.App;
import org.minecarbon.app.access.AccessUser;
import org.minecarbon.app.access.Actor;
import org.minecarbon.app.document.ImportMode;
import org.minecarbon.app.document.ImportPreview;
import org.minecarbon.bench.GenerateNational;
import org.minecarbon.store.Store;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Issue 11's import benchmark, side by side on one PostgreSQL: (ours) a whole JSON document of
 * {@code sites × 12 × rows} activity rows imported as a new enterprise through {@code
 * ImportService.importNew} — validation, the enterprise, sites, rows and audit, in one transaction
 * — against (baseline) PostgreSQL {@code COPY … FROM STDIN} of exactly the rows our import stored
 * (dumped with {@code COPY … TO STDOUT} after it, then removed and reloaded). Then, into that
 * enterprise: the same file again as a merge row import ({@code importRows}, every row unchanged:
 * nothing written), and a second document of the same shape with another seed (other amounts, the
 * monthly case: most rows changed in place) as a merge row import, against COPY of the rows the
 * enterprise then holds. Each run starts from an empty schema. Prints each run and the median
 * ratios ours ÷ COPY.
 *
 * <pre>
 * eval "$(.ci/postgres.sh start)"
 * java -cp bench/target/benchmarks.jar org.minecarbon.bench.imports.ImportBench \
 *     "$MINECARBON_TEST_PG_URL" minecarbon minecarbon [sites=400] [rows=40] [runs=3]
 * </pre>
 */
public final class ImportBench {
  private ImportBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: ImportBench JDBC_URL USER PASSWORD [sites] [rows] [runs]");
      System.exit(2);
    }
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(args[0]);
    ds.setUser(args[1]);
    ds.setPassword(args[2]);
    ds.setReWriteBatchedInserts(true);
    int sites = args.length > 3 ? Integer.parseInt(args[3]) : 400;
    int rows = args.length > 4 ? Integer.parseInt(args[4]) : 40;
    int runs = args.length > 5 ? Integer.parseInt(args[5]) : 3;
    Path file = Files.createTempFile("import-bench", ".json");
    GenerateNational.write(file, sites, rows, 2024, 42);
    byte[] doc = Files.readAllBytes(file);
    Files.delete(file);
    System.out.printf(
        "document: %d sites, %d activity rows, %.1f MB%n",
        sites, sites * 12L * rows, doc.length / 1e6);
    Path other = Files.createTempFile("import-bench-2", ".json");
    GenerateNational.write(other, sites, rows, 2024, 43);
    byte[] doc2 = Files.readAllBytes(other);
    Files.delete(other);
    List<Double> ratios = new ArrayList<>();
    List<Double> mergeRatios = new ArrayList<>();
    for (int run = 1; run <= runs; run++) {
      double[] t = once(ds, doc, doc2);
      ratios.add(t[0] / t[1]);
      mergeRatios.add(t[4] / t[5]);
      System.out.printf(
          "run %d: new import %.2f s (%.0f rows/s), COPY of its %d rows %.2f s, ratio %.1f%n",
          run, t[0], t[2] / t[0], (long) t[2], t[1], t[0] / t[1]);
      System.out.printf(
          "run %d: merge of the same file %.2f s (nothing written); merge of the seed-43 file"
              + " %.2f s, COPY of the %d rows then held %.2f s, ratio %.1f%n",
          run, t[3], t[4], (long) t[6], t[5], t[4] / t[5]);
    }
    ratios.sort(null);
    mergeRatios.sort(null);
    System.out.printf("median ratio new import / COPY: %.1f%n", ratios.get(ratios.size() / 2));
    System.out.printf(
        "median ratio merge import / COPY: %.1f%n", mergeRatios.get(mergeRatios.size() / 2));
  }

  /**
   * {new import s, its COPY s, rows stored, same-file merge s, other-file merge s, its COPY s, rows
   * then stored}.
   */
  private static double[] once(PGSimpleDataSource ds, byte[] doc, byte[] doc2) throws Exception {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA public CASCADE");
      s.execute("CREATE SCHEMA public");
    }
    Store.migrate(ds);
    Store store = new Store(ds);
    long group = store.users().createGroup("bench");
    store.users().createUser("bench-admin", "{noop}x", List.of("ADMIN"), group);
    Actor actor =
        new Actor() {
          @Override
          public Optional<AccessUser> user() {
            return store.users().user("bench-admin").map(u -> AccessUser.load(store, u));
          }
        };
    App app =
        new App(
            store,
            actor,
            p -> {
              throw new UnsupportedOperationException();
            },
            App.Settings.DEFAULTS);
    try {
      long t0 = System.nanoTime();
      long id;
      try {
        id = app.imports().importNew(doc, "national.json").enterpriseId();
      } catch (org.minecarbon.app.InvalidInputException e) {
        e.issues().stream().limit(10).forEach(i -> System.err.println(i));
        throw e;
      }
      double ours = (System.nanoTime() - t0) / 1e9;
      double[] first = copyBaseline(ds, ours);
      t0 = System.nanoTime();
      app.imports().importRows(id, doc, "national.json", ImportMode.MERGE, null);
      double same = (System.nanoTime() - t0) / 1e9;
      t0 = System.nanoTime();
      ImportPreview p =
          app.imports().importRows(id, doc2, "national-43.json", ImportMode.MERGE, null);
      double merge = (System.nanoTime() - t0) / 1e9;
      System.out.printf(
          "  (merge: %d added, %d changed, %d removed, %d unchanged)%n",
          p.added().size(), p.changed().size(), p.removed().size(), p.unchanged());
      double[] second = copyBaseline(ds, merge);
      return new double[] {first[0], first[1], first[2], same, merge, second[1], second[2]};
    } finally {
      app.close();
    }
  }

  private static double[] copyBaseline(PGSimpleDataSource ds, double ours)
      throws SQLException, java.io.IOException {
    try (Connection c = ds.getConnection()) {
      var copy = c.unwrap(PGConnection.class).getCopyAPI();
      ByteArrayOutputStream dump = new ByteArrayOutputStream();
      long stored = copy.copyOut("COPY inventory_row TO STDOUT", dump);
      try (Statement s = c.createStatement()) {
        s.execute("DELETE FROM inventory_row");
      }
      c.setAutoCommit(false);
      long t0 = System.nanoTime();
      copy.copyIn("COPY inventory_row FROM STDIN", new ByteArrayInputStream(dump.toByteArray()));
      c.commit();
      double baseline = (System.nanoTime() - t0) / 1e9;
      System.out.printf("  (COPY reloaded %.1f MB of rows)%n", dump.size() / 1e6);
      return new double[] {ours, baseline, stored};
    }
  }
}
