package org.minecarbon.store;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Data sources for tools that run without Spring (the CLI's backup, restore and audit check). */
public final class Databases {
  private Databases() {}

  /**
   * A data source that opens a new connection per call through {@link DriverManager}: fine for a
   * command-line tool, not for a server (use a pool there).
   */
  public static DataSource of(String url, String user, String password) {
    return new DriverManagerDataSource(url, user, password);
  }

  private record DriverManagerDataSource(String url, String user, String password)
      implements DataSource {
    @Override
    public Connection getConnection() throws SQLException {
      return DriverManager.getConnection(url, user, password);
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
      return DriverManager.getConnection(url, username, pass);
    }

    @Override
    public PrintWriter getLogWriter() {
      return new PrintWriter(System.err, true);
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {
      DriverManager.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
      return DriverManager.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() {
      return Logger.getLogger("org.minecarbon.store");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return false;
    }

    @Override
    public String toString() {
      return "DataSource[" + url + "]";
    }
  }
}
