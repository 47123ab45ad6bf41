package org.minecarbon.store.user;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minecarbon.store.Sha256;
import org.minecarbon.store.internal.Jdbc;

/**
 * API tokens: {@code mc_} followed by 240 random bits (URL-safe Base64). Only the SHA-256 of a
 * token is stored, so a token is shown once, when it is created; a lookup hashes the presented
 * token and finds it by the unique hash (no slow hash needed: the token has full entropy).
 */
public final class ApiTokenRepository {
  /** What every token starts with. */
  public static final String PREFIX = "mc_";

  private static final int PREFIX_SHOWN = 10;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String COLUMNS =
      "t.id, t.user_id, u.username, t.name, t.prefix, t.created_at, t.last_used_at,"
          + " t.expires_at, t.revoked FROM api_token t JOIN app_user u ON u.id = t.user_id";

  private final Jdbc jdbc;

  public ApiTokenRepository(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** A new token and its plain text, which is not stored and cannot be read again. */
  public record Created(ApiTokenRecord token, String plain) {}

  public Created create(long userId, String name, @Nullable Instant expiresAt) {
    byte[] bytes = new byte[30];
    RANDOM.nextBytes(bytes);
    String plain = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    long id =
        jdbc.insert(
            "INSERT INTO api_token (user_id, name, token_hash, prefix, expires_at)"
                + " VALUES (?, ?, ?, ?, ?)",
            userId,
            name,
            sha256(plain),
            plain.substring(0, PREFIX_SHOWN),
            expiresAt == null ? null : Timestamp.from(expiresAt));
    return new Created(byId(id).orElseThrow(), plain);
  }

  /** The token whose plain text this is (revoked and expired ones too: check {@code activeAt}). */
  public Optional<ApiTokenRecord> lookup(String plain) {
    return jdbc.queryOne(
        "SELECT " + COLUMNS + " WHERE t.token_hash = ?", ApiTokenRepository::map, sha256(plain));
  }

  public Optional<ApiTokenRecord> byId(long id) {
    return jdbc.queryOne("SELECT " + COLUMNS + " WHERE t.id = ?", ApiTokenRepository::map, id);
  }

  public List<ApiTokenRecord> ofUser(long userId) {
    return jdbc.query(
        "SELECT " + COLUMNS + " WHERE t.user_id = ? ORDER BY t.id",
        ApiTokenRepository::map,
        userId);
  }

  public List<ApiTokenRecord> ofGroup(long groupId) {
    return jdbc.query(
        "SELECT " + COLUMNS + " WHERE u.group_id = ? ORDER BY t.id",
        ApiTokenRepository::map,
        groupId);
  }

  /** Marks the token revoked; false when there is no such token. */
  public boolean revoke(long id) {
    return jdbc.update("UPDATE api_token SET revoked = TRUE WHERE id = ?", id) > 0;
  }

  public void touch(long id, Instant when) {
    jdbc.update("UPDATE api_token SET last_used_at = ? WHERE id = ?", Timestamp.from(when), id);
  }

  /** Lower-case hex SHA-256 of the token's UTF-8 bytes. */
  public static String sha256(String token) {
    return Sha256.hex(token);
  }

  private static ApiTokenRecord map(ResultSet rs) throws SQLException {
    return new ApiTokenRecord(
        rs.getLong(1),
        rs.getLong(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getTimestamp(6).toInstant(),
        instant(rs.getTimestamp(7)),
        instant(rs.getTimestamp(8)),
        rs.getBoolean(9));
  }

  private static @Nullable Instant instant(@Nullable Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
