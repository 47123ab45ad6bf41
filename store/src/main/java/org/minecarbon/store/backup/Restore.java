package org.minecarbon.store.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.jspecify.annotations.Nullable;
import org.minecarbon.store.Store;
import org.minecarbon.store.StoreException;
import org.minecarbon.store.backup.internal.Archive;
import org.minecarbon.store.backup.internal.Manifest;
import org.minecarbon.store.backup.internal.Schema;
import org.minecarbon.store.backup.internal.TableLoad;

/**
 * Restore rules. The archive has been checked already (checksums, row counts). Then: the backup's
 * schema version must not be newer than this code's migrations; the target must hold no data and
 * must not be migrated past the backup's version. The target is migrated to the backup's version,
 * identity columns restart after the largest restored id, every table is loaded in foreign-key
 * order in one transaction, and finally the remaining migrations run (so an older backup is
 * upgraded exactly like an older database).
 */
final class Restore {
  private Restore() {}

  static BackupSummary into(DataSource ds, Archive archive) {
    Manifest m = archive.manifest();
    MigrationVersion backup = version(m.schemaVersion());
    Flyway flyway = flyway(ds, null);
    MigrationVersion latest = latest(flyway);
    if (backup.compareTo(latest) > 0) {
      throw new BackupException(
          "the backup has schema version "
              + backup
              + ", newer than this program's "
              + latest
              + "; restore it with a newer MineCarbon");
    }
    MigrationInfo current = flyway.info().current();
    if (current != null && current.getVersion().compareTo(backup) > 0) {
      throw new BackupException(
          "the target database is already at schema version "
              + current.getVersion()
              + ", newer than the backup's "
              + backup
              + "; restore into an empty database");
    }
    refuseData(ds);
    flyway(ds, backup).migrate();
    BackupSummary summary = load(ds, archive, backup.toString());
    Store.migrate(ds);
    return summary;
  }

  /** The applied Flyway version, if the database has a MineCarbon schema. */
  static Optional<String> currentVersion(DataSource ds) {
    MigrationInfo current = flyway(ds, null).info().current();
    return current == null || current.getVersion() == null
        ? Optional.empty()
        : Optional.of(current.getVersion().toString());
  }

  /**
   * Tables that a migration fills with their initial state (V4: the audit chain's head, one row at
   * seq 0). They do not make a fresh database "not empty" — what they describe lives in other
   * tables, which are checked (audit_log) — and their seeded rows are replaced by the backup's.
   */
  private static final Set<String> SEEDED = Set.of("audit_head");

  private static BackupSummary load(DataSource ds, Archive archive, String version) {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try {
        BackupSummary s = load(c, archive, version);
        c.commit();
        return s;
      } catch (SQLException | IOException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException | IOException e) {
      throw new StoreException("restore failed, nothing was restored: " + e.getMessage(), e);
    }
  }

  private static BackupSummary load(Connection c, Archive archive, String version)
      throws SQLException, IOException {
    Schema schema = Schema.read(c);
    refuseData(c, schema);
    Map<String, Manifest.Entry> entries =
        archive.manifest().tables().stream()
            .collect(Collectors.toMap(Manifest.Entry::table, Function.identity()));
    for (String table : entries.keySet()) {
      if (schema.table(table).isEmpty()) {
        throw new BackupException("the backup has a table this schema does not know: " + table);
      }
    }
    restartIdentities(c, schema, archive);
    List<BackupSummary.TableCount> counts = new ArrayList<>();
    for (Schema.Table t : schema.tables()) {
      Manifest.Entry e = entries.get(t.name());
      if (e != null) {
        if (SEEDED.contains(t.name())) {
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM " + schema.quoted(t.actual()))) {
            ps.executeUpdate();
          }
        }
        try (BufferedReader in = archive.lines(e)) {
          counts.add(new BackupSummary.TableCount(t.name(), TableLoad.insert(c, schema, t, in)));
        }
      }
    }
    return new BackupSummary(version, counts);
  }

  /**
   * Identity columns continue after the largest restored value. Done before the inserts because H2
   * commits on ALTER TABLE; on an empty database that is harmless.
   */
  private static void restartIdentities(Connection c, Schema schema, Archive archive)
      throws SQLException {
    for (Schema.Table t : schema.tables()) {
      for (Schema.Column col : t.columns()) {
        long max = archive.max(t.name(), col.name());
        if (col.identity() && max > 0) {
          try (Statement s = c.createStatement()) {
            s.execute(
                "ALTER TABLE "
                    + schema.quoted(t.actual())
                    + " ALTER COLUMN "
                    + schema.quoted(col.actual())
                    + " RESTART WITH "
                    + (max + 1));
          }
        }
      }
    }
  }

  private static void refuseData(DataSource ds) {
    try (Connection c = ds.getConnection()) {
      refuseData(c, Schema.read(c));
    } catch (SQLException e) {
      throw new StoreException("cannot read the target database: " + e.getMessage(), e);
    }
  }

  private static void refuseData(Connection c, Schema schema) throws SQLException {
    List<String> full = new ArrayList<>();
    for (Schema.Table t : schema.tables()) {
      if (SEEDED.contains(t.name())) {
        continue;
      }
      try (PreparedStatement ps =
              c.prepareStatement("SELECT COUNT(*) FROM " + schema.quoted(t.actual()));
          ResultSet rs = ps.executeQuery()) {
        if (rs.next() && rs.getLong(1) > 0) {
          full.add(t.name());
        }
      }
    }
    if (!full.isEmpty()) {
      throw new BackupException(
          "the target database is not empty (data in " + full + "); restore into a fresh database");
    }
  }

  private static MigrationVersion version(String v) {
    try {
      return MigrationVersion.fromVersion(v);
    } catch (RuntimeException e) {
      throw new BackupException("the backup's schema version is not valid: " + v, e);
    }
  }

  private static MigrationVersion latest(Flyway flyway) {
    MigrationVersion max = MigrationVersion.EMPTY;
    for (MigrationInfo i : flyway.info().all()) {
      if (i.getVersion() != null && i.getVersion().compareTo(max) > 0) {
        max = i.getVersion();
      }
    }
    return max;
  }

  private static Flyway flyway(DataSource ds, @Nullable MigrationVersion target) {
    var config = Store.flyway(ds);
    if (target != null) {
      config = config.target(target);
    }
    return config.load();
  }
}
