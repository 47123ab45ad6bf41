package org.minecarbon.store.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.minecarbon.store.StoreException;
import org.minecarbon.store.backup.internal.Archive;
import org.minecarbon.store.backup.internal.Manifest;
import org.minecarbon.store.backup.internal.Schema;
import org.minecarbon.store.backup.internal.TableDump;

/**
 * The whole application database as one zip file: {@code manifest.json} (format version, Flyway
 * schema version, creation time, every table with its row count and SHA-256) and {@code
 * tables/<name>.jsonl} per table. Tables are discovered through JDBC metadata, so tables added by
 * later migrations are included without code changes. {@link #restore} loads such a file into a
 * fresh database; see {@link Restore} for the rules.
 */
public final class Backup {
  private Backup() {}

  /**
   * Writes a consistent snapshot of every application table (one repeatable-read transaction). The
   * stream is not closed.
   *
   * @throws BackupException when the database has no MineCarbon schema
   */
  public static BackupSummary backup(DataSource dataSource, OutputStream out) {
    String version =
        Restore.currentVersion(dataSource)
            .orElseThrow(
                () -> new BackupException("the database has no MineCarbon schema to back up"));
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      try {
        return write(c, version, out);
      } finally {
        c.rollback();
      }
    } catch (SQLException e) {
      throw new StoreException("backup failed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new StoreException("backup could not be written: " + e.getMessage(), e);
    }
  }

  /**
   * Restores a backup into a fresh database (see {@link Restore}).
   *
   * @throws BackupException when the backup is refused; the target is then unchanged
   */
  public static BackupSummary restore(DataSource dataSource, InputStream in) {
    try (Archive archive = Archive.open(in)) {
      return Restore.into(dataSource, archive);
    } catch (IOException e) {
      throw new StoreException("backup could not be read: " + e.getMessage(), e);
    }
  }

  private static BackupSummary write(Connection c, String version, OutputStream out)
      throws SQLException, IOException {
    Schema schema = Schema.read(c);
    ZipOutputStream zip =
        new ZipOutputStream(
            new FilterOutputStream(out) {
              @Override
              public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
              }

              @Override
              public void close() throws IOException {
                out.flush();
              }
            });
    List<Manifest.Entry> entries = new ArrayList<>();
    List<BackupSummary.TableCount> counts = new ArrayList<>();
    for (Schema.Table t : schema.tables()) {
      zip.putNextEntry(new ZipEntry("tables/" + t.name() + ".jsonl"));
      Manifest.Entry e = TableDump.write(c, schema, t, zip);
      zip.closeEntry();
      entries.add(e);
      counts.add(new BackupSummary.TableCount(e.table(), e.rows()));
    }
    String db =
        c.getMetaData().getDatabaseProductName()
            + " "
            + c.getMetaData().getDatabaseProductVersion();
    Manifest m =
        new Manifest(Manifest.FORMAT_VERSION, version, Instant.now().toString(), db, entries);
    zip.putNextEntry(new ZipEntry(Manifest.NAME));
    zip.write(m.toJson());
    zip.closeEntry();
    zip.close();
    return new BackupSummary(version, counts);
  }
}
