package org.minecarbon.store.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.minecarbon.store.Store;
import org.minecarbon.store.TestDatabases;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Users, scopes and API tokens on H2 and (when configured) PostgreSQL. */
class AccessRepositoryIT {

  static Stream<Named<DataSource>> databases() {
    return TestDatabases.all().stream();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void users_ofGroup_updateRolesEnabledAndScope(DataSource ds) {
    Store store = new Store(ds);
    long group = store.users().createGroup("g-" + UUID.randomUUID());
    long enterprise = enterprise(store, group);
    long id = store.users().createUser(name("v"), "{noop}x", List.of("VIEWER"), group);

    assertThat(store.users().updateUser(id, List.of("DATA_ENTRY", "REVIEWER"), false)).isTrue();
    store.inTransaction(
        () ->
            store
                .users()
                .replaceScope(
                    id,
                    List.of(
                        new ScopeGrant(enterprise, "north"), new ScopeGrant(enterprise, null))));

    UserRecord back = store.users().user(id).orElseThrow();
    assertThat(back.roles()).containsExactly("DATA_ENTRY", "REVIEWER");
    assertThat(back.enabled()).isFalse();
    assertThat(store.users().users(group)).extracting(UserRecord::id).containsExactly(id);
    assertThat(store.users().scope(id))
        .containsExactly(new ScopeGrant(enterprise, "north"), new ScopeGrant(enterprise, null));
    store.users().replaceScope(id, List.of());
    assertThat(store.users().scope(id)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void token_create_lookupByPlainOnly_revoke(DataSource ds) {
    Store store = new Store(ds);
    long group = store.users().createGroup("g-" + UUID.randomUUID());
    long user = store.users().createUser(name("t"), "{noop}x", List.of("VIEWER"), group);

    ApiTokenRepository.Created created = store.tokens().create(user, "ci", null);

    assertThat(created.plain()).startsWith("mc_").hasSize(43);
    assertThat(created.token().prefix()).isEqualTo(created.plain().substring(0, 10));
    ApiTokenRecord found = store.tokens().lookup(created.plain()).orElseThrow();
    assertThat(found.id()).isEqualTo(created.token().id());
    assertThat(found.activeAt(Instant.now())).isTrue();
    assertThat(store.tokens().lookup(created.plain() + "x")).isEmpty();
    assertThat(store.tokens().ofGroup(group)).hasSize(1);
    store.tokens().touch(found.id(), Instant.now());
    assertThat(store.tokens().byId(found.id()).orElseThrow().lastUsedAt()).isNotNull();

    assertThat(store.tokens().revoke(found.id())).isTrue();

    assertThat(store.tokens().ofUser(user).getFirst().activeAt(Instant.now())).isFalse();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void token_expired_isInactive(DataSource ds) {
    Store store = new Store(ds);
    long group = store.users().createGroup("g-" + UUID.randomUUID());
    long user = store.users().createUser(name("e"), "{noop}x", List.of("VIEWER"), group);

    ApiTokenRepository.Created created =
        store.tokens().create(user, "old", Instant.now().minusSeconds(60));

    assertThat(store.tokens().lookup(created.plain()).orElseThrow().activeAt(Instant.now()))
        .isFalse();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void sha256_knownVector(DataSource ds) {
    // SHA-256("abc") is the FIPS 180-2 test vector
    assertThat(ApiTokenRepository.sha256("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  private static String name(String p) {
    return p + "-" + UUID.randomUUID();
  }

  private static long enterprise(Store store, long group) {
    ObjectNode header = JsonNodeFactory.instance.objectNode();
    header.putObject("enterprise").put("name", "E");
    return store.inventories().createEnterprise(group, header);
  }
}
