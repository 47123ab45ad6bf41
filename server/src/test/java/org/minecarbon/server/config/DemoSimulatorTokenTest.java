package org.minecarbon.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.minecarbon.store.Store;
import org.minecarbon.store.audit.AuditEntry;
import org.minecarbon.store.audit.AuditQuery;
import org.minecarbon.store.user.ApiTokenRecord;

/** Issue 15: each demo start made one more {@code demo-simulator} token; now it rotates. */
class DemoSimulatorTokenTest {

  @Test
  void rotateToken_threeStarts_oneActiveTokenEarlierOnesRevokedAndAudited() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:demo-token-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    Store.migrate(ds);
    Store store = new Store(ds);
    long group = store.users().createGroup("demo");
    long admin = store.users().createUser("admin", "{noop}x", List.of("ADMIN"), group);
    ApiTokenRecord other = store.tokens().create(admin, "my-script", null).token();

    String first = DemoSimulator.rotateToken(store, "admin");
    String second = DemoSimulator.rotateToken(store, "admin");
    String third = DemoSimulator.rotateToken(store, "admin");

    List<ApiTokenRecord> demo =
        store.tokens().ofUser(admin).stream()
            .filter(t -> t.name().equals(DemoSimulator.TOKEN_NAME))
            .toList();
    assertThat(demo).hasSize(3);
    assertThat(demo.stream().filter(t -> !t.revoked())).hasSize(1);
    assertThat(store.tokens().lookup(third).orElseThrow().revoked()).isFalse();
    assertThat(store.tokens().lookup(first).orElseThrow().revoked()).isTrue();
    assertThat(store.tokens().lookup(second).orElseThrow().revoked()).isTrue();
    // the user's own token is never touched
    assertThat(store.tokens().byId(other.id()).orElseThrow().revoked()).isFalse();
    // two revocations (of the first and the second token), audited like UserService's revoke
    List<AuditEntry> revokes =
        store.audit().list(new AuditQuery(group, null, "api_token", null, 0, 100)).stream()
            .filter(e -> e.action().equals("revoke"))
            .toList();
    assertThat(revokes).hasSize(2);
    assertThat(revokes).allSatisfy(e -> assertThat(e.actor()).isEqualTo("admin"));
    assertThat(revokes.stream().map(AuditEntry::entityId))
        .containsExactlyInAnyOrder(
            String.valueOf(store.tokens().lookup(first).orElseThrow().id()),
            String.valueOf(store.tokens().lookup(second).orElseThrow().id()));
  }
}
