package org.minecarbon.cli.command;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.minecarbon.store.Databases;
import picocli.CommandLine.Option;

/**
 * Mixin: which database a command works on. The defaults are those of the web application: {@code
 * MINECARBON_DB_URL} / {@code _USER} / {@code _PASSWORD}, else the embedded H2 file under {@code
 * MINECARBON_DATA} (default {@code .minecarbon/demo}, the demo's data).
 */
final class DatabaseOptions {
  @Option(
      names = "--db",
      paramLabel = "JDBC-URL",
      description =
          "Database, e.g. jdbc:postgresql://host/minecarbon or jdbc:h2:file:/path/minecarbon"
              + " (default: $MINECARBON_DB_URL, else the demo's H2 file).")
  String url = defaultUrl();

  @Option(
      names = "--db-user",
      description = "Database user (default: $MINECARBON_DB_USER, else sa).")
  String user = env("MINECARBON_DB_USER", "sa");

  @Option(
      names = "--db-password",
      description = "Database password (default: $MINECARBON_DB_PASSWORD, else empty).",
      arity = "0..1",
      interactive = true)
  String password = env("MINECARBON_DB_PASSWORD", "");

  DataSource dataSource() {
    return Databases.of(durable(url), user, password);
  }

  /**
   * An H2 file URL with {@code WRITE_DELAY=0} (as the server's default): H2 writes a commit before
   * it returns, so an acknowledged change survives a kill. A URL that sets {@code WRITE_DELAY}
   * itself, and any other database, is left as given.
   */
  static String durable(String url) {
    boolean h2File = url.startsWith("jdbc:h2:file:") || url.startsWith("jdbc:h2:./");
    if (!h2File || url.toUpperCase(java.util.Locale.ROOT).contains(";WRITE_DELAY=")) {
      return url;
    }
    return url + ";WRITE_DELAY=0";
  }

  private static String defaultUrl() {
    String url = System.getenv("MINECARBON_DB_URL");
    if (url != null && !url.isBlank()) {
      return url;
    }
    Path data = Path.of(env("MINECARBON_DATA", ".minecarbon/demo")).toAbsolutePath();
    return "jdbc:h2:file:" + data.resolve("minecarbon") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }
}
