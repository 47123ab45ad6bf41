package org.minecarbon.store.backup.internal;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * How a column's values are written to and read from the backup: a portable classification of JDBC
 * types, so that a backup taken on H2 restores into PostgreSQL and vice versa.
 */
public enum ColumnKind {
  INTEGER,
  DECIMAL,
  FLOAT,
  BOOLEAN,
  TEXT,
  TIMESTAMP,
  TIMESTAMP_TZ,
  DATE,
  TIME,
  BINARY;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * The kind of a column from its {@link Types} code and database type name (PostgreSQL reports
   * {@code timestamptz} as plain TIMESTAMP); anything unknown is kept as text.
   */
  public static ColumnKind of(int sqlType, String typeName) {
    String name = typeName.toLowerCase(java.util.Locale.ROOT);
    if (name.equals("timestamptz") || name.contains("with time zone")) {
      return sqlType == Types.TIME || name.startsWith("time ") || name.equals("timetz")
          ? TEXT
          : TIMESTAMP_TZ;
    }
    return of(sqlType);
  }

  /** The kind of a {@link Types} code; anything unknown is kept as text. */
  public static ColumnKind of(int sqlType) {
    return switch (sqlType) {
      case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> INTEGER;
      case Types.DECIMAL, Types.NUMERIC -> DECIMAL;
      case Types.DOUBLE, Types.FLOAT, Types.REAL -> FLOAT;
      case Types.BOOLEAN, Types.BIT -> BOOLEAN;
      case Types.TIMESTAMP -> TIMESTAMP;
      case Types.TIMESTAMP_WITH_TIMEZONE -> TIMESTAMP_TZ;
      case Types.DATE -> DATE;
      case Types.TIME -> TIME;
      case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BINARY;
      default -> TEXT;
    };
  }

  /** The value of column {@code i} as JSON (null for SQL NULL). */
  public JsonNode read(ResultSet rs, int i) throws SQLException {
    JsonNode node =
        switch (this) {
          case INTEGER -> NODES.numberNode(rs.getLong(i));
          case DECIMAL -> decimal(rs.getBigDecimal(i));
          case FLOAT -> floating(rs.getDouble(i));
          case BOOLEAN -> NODES.booleanNode(rs.getBoolean(i));
          case TEXT -> text(rs.getString(i));
          case TIMESTAMP -> text(rs.getObject(i, LocalDateTime.class));
          case TIMESTAMP_TZ -> text(rs.getObject(i, OffsetDateTime.class));
          case DATE -> text(rs.getObject(i, LocalDate.class));
          case TIME -> text(rs.getObject(i, LocalTime.class));
          case BINARY -> binary(rs.getBytes(i));
        };
    return rs.wasNull() ? NODES.nullNode() : node;
  }

  /** Binds a JSON value (as written by {@link #read}) to parameter {@code i}. */
  public void bind(PreparedStatement ps, int i, JsonNode v, int sqlType) throws SQLException {
    if (v.isNull()) {
      ps.setNull(i, sqlType);
      return;
    }
    switch (this) {
      case INTEGER -> ps.setLong(i, v.asLong());
      case DECIMAL -> ps.setBigDecimal(i, new BigDecimal(v.asString()));
      case FLOAT -> ps.setDouble(i, v.isString() ? Double.parseDouble(v.asString()) : v.asDouble());
      case BOOLEAN -> ps.setBoolean(i, v.asBoolean());
      case TEXT -> {
        if (sqlType == Types.OTHER) {
          ps.setObject(i, v.asString(), Types.OTHER); // e.g. PostgreSQL json, uuid
        } else {
          ps.setString(i, v.asString());
        }
      }
      case TIMESTAMP -> ps.setObject(i, LocalDateTime.parse(v.asString()));
      case TIMESTAMP_TZ -> ps.setObject(i, OffsetDateTime.parse(v.asString()));
      case DATE -> ps.setObject(i, LocalDate.parse(v.asString()));
      case TIME -> ps.setObject(i, LocalTime.parse(v.asString()));
      case BINARY -> ps.setBytes(i, Base64.getDecoder().decode(v.asString()));
    }
  }

  private static JsonNode decimal(@Nullable BigDecimal d) {
    // as text: exact, whatever the scale
    return d == null ? NODES.nullNode() : NODES.stringNode(d.toPlainString());
  }

  private static JsonNode floating(double d) {
    return Double.isFinite(d) ? NODES.numberNode(d) : NODES.stringNode(Double.toString(d));
  }

  private static JsonNode text(@Nullable Object o) {
    return o == null ? NODES.nullNode() : NODES.stringNode(o.toString());
  }

  private static JsonNode binary(byte @Nullable [] b) {
    return b == null ? NODES.nullNode() : NODES.stringNode(Base64.getEncoder().encodeToString(b));
  }
}
