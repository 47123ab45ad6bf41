package org.minecarbon.store.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minecarbon.store.internal.Jdbc;
import org.minecarbon.store.inventory.GroupRecord;

/** Groups (tenants) and users. */
public final class UserRepository {
  private final Jdbc jdbc;

  public UserRepository(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  public long createGroup(String name) {
    return jdbc.insert("INSERT INTO tenant_group (name) VALUES (?)", name);
  }

  public Optional<GroupRecord> group(long id) {
    return jdbc.queryOne(
        "SELECT id, name FROM tenant_group WHERE id = ?",
        rs -> new GroupRecord(rs.getLong(1), rs.getString(2)),
        id);
  }

  public Optional<GroupRecord> groupByName(String name) {
    return jdbc.queryOne(
        "SELECT id, name FROM tenant_group WHERE name = ?",
        rs -> new GroupRecord(rs.getLong(1), rs.getString(2)),
        name);
  }

  public List<GroupRecord> groups() {
    return jdbc.query(
        "SELECT id, name FROM tenant_group ORDER BY id",
        rs -> new GroupRecord(rs.getLong(1), rs.getString(2)));
  }

  public long createUser(
      String username, String passwordHash, List<String> roles, @Nullable Long groupId) {
    return jdbc.insert(
        "INSERT INTO app_user (username, password_hash, roles, group_id) VALUES (?, ?, ?, ?)",
        username,
        passwordHash,
        String.join(",", roles),
        groupId);
  }

  public Optional<UserRecord> user(String username) {
    return jdbc.queryOne(
        "SELECT id, username, password_hash, roles, group_id, enabled FROM app_user"
            + " WHERE username = ?",
        UserRepository::map,
        username);
  }

  public Optional<UserRecord> user(long id) {
    return jdbc.queryOne(
        "SELECT id, username, password_hash, roles, group_id, enabled FROM app_user WHERE id = ?",
        UserRepository::map,
        id);
  }

  /** The users of a group, by name. */
  public List<UserRecord> users(long groupId) {
    return jdbc.query(
        "SELECT id, username, password_hash, roles, group_id, enabled FROM app_user"
            + " WHERE group_id = ? ORDER BY username",
        UserRepository::map,
        groupId);
  }

  /** Sets the roles and the enabled flag; false when there is no such user. */
  public boolean updateUser(long id, List<String> roles, boolean enabled) {
    return jdbc.update(
            "UPDATE app_user SET roles = ?, enabled = ? WHERE id = ?",
            String.join(",", roles),
            enabled,
            id)
        > 0;
  }

  public void changePassword(long id, String passwordHash) {
    jdbc.update("UPDATE app_user SET password_hash = ? WHERE id = ?", passwordHash, id);
  }

  /** The user's scope; empty means not limited (all enterprises of its group). */
  public List<ScopeGrant> scope(long userId) {
    return jdbc.query(
        "SELECT enterprise_id, site_code FROM user_scope WHERE user_id = ? ORDER BY id",
        rs -> new ScopeGrant(rs.getLong(1), rs.getString(2)),
        userId);
  }

  /** Replaces the user's scope (call inside a transaction to make it atomic). */
  public void replaceScope(long userId, List<ScopeGrant> grants) {
    jdbc.update("DELETE FROM user_scope WHERE user_id = ?", userId);
    for (ScopeGrant g : grants) {
      jdbc.insert(
          "INSERT INTO user_scope (user_id, enterprise_id, site_code) VALUES (?, ?, ?)",
          userId,
          g.enterpriseId(),
          g.siteCode());
    }
  }

  public long countUsers() {
    return jdbc.queryOne("SELECT COUNT(*) FROM app_user", rs -> rs.getLong(1)).orElse(0L);
  }

  public void changePassword(String username, String passwordHash) {
    jdbc.update("UPDATE app_user SET password_hash = ? WHERE username = ?", passwordHash, username);
  }

  private static UserRecord map(ResultSet rs) throws SQLException {
    long group = rs.getLong(5);
    Long groupId = rs.wasNull() ? null : group;
    List<String> roles =
        Arrays.stream(rs.getString(4).split(",")).filter(s -> !s.isBlank()).toList();
    return new UserRecord(
        rs.getLong(1), rs.getString(2), rs.getString(3), roles, groupId, rs.getBoolean(6));
  }
}
