package org.minecarbon.app.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minecarbon.app.App;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.TestActor;
import org.minecarbon.app.audit.AuditView;
import org.minecarbon.core.result.Issue;
import org.minecarbon.store.Store;
import org.minecarbon.store.user.ApiTokenRecord;

/** Self-service password change (issue 12): proven by the current password, policy, tokens end. */
class PasswordChangeTest {
  private static final String OLD = "old-correct-horse-7";
  private static final String NEW = "battery-staple-tundra-42";

  private Store store;
  private TestActor actor;
  private App app;
  private long group;

  @BeforeEach
  void setUp() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:pwchange-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    Store.migrate(ds);
    store = new Store(ds);
    actor = new TestActor(store);
    // a transparent "hash" so the test can read what was stored: {noop}<password>
    PasswordHasher hasher = PasswordHasher.of(p -> "{noop}" + p, (p, h) -> h.equals("{noop}" + p));
    app = new App(store, actor, hasher, App.Settings.DEFAULTS);
    group = store.users().createGroup("g");
    store.users().createUser("viewer1", "{noop}" + OLD, List.of("VIEWER"), group);
    store.users().createUser("boss", "{noop}" + OLD, List.of("ADMIN"), group);
  }

  @AfterEach
  void tearDown() {
    actor.signOut();
    app.close();
  }

  @Test
  void changeMyPassword_viewerWithCorrectCurrent_storesNewHashRevokesTokensAndAudits() {
    actor.signIn("viewer1");
    app.users().createToken("ci", 30);
    app.users().createToken("laptop", 30);

    int revoked = app.users().changeMyPassword(OLD, NEW, NEW);

    // two live tokens were created above, both end
    assertThat(revoked).isEqualTo(2);
    long id = store.users().user("viewer1").orElseThrow().id();
    assertThat(store.users().user("viewer1").orElseThrow().passwordHash())
        .isEqualTo("{noop}" + NEW);
    assertThat(store.tokens().ofUser(id)).allMatch(ApiTokenRecord::revoked);
    actor.signIn("boss");
    List<AuditView> audit = app.audit().recent(0, 50);
    assertThat(audit)
        .anySatisfy(
            a -> {
              assertThat(a.action()).isEqualTo("password_change");
              assertThat(a.actor()).isEqualTo("viewer1");
              assertThat(a.after().toString()).contains("\"tokensRevoked\":2").doesNotContain(NEW);
            });
  }

  @Test
  void changeMyPassword_wrongCurrentWeakNewAndMismatch_reportsAllThreeAndChangesNothing() {
    actor.signIn("viewer1");

    assertThatThrownBy(() -> app.users().changeMyPassword("not-the-password", "short", "shorter"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.issues())
                    .extracting(Issue::code, Issue::pointer)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("WRONG_PASSWORD", "/current"),
                        org.assertj.core.groups.Tuple.tuple("WEAK_PASSWORD", "/next"),
                        org.assertj.core.groups.Tuple.tuple("PASSWORD_MISMATCH", "/confirm")));
    assertThat(store.users().user("viewer1").orElseThrow().passwordHash())
        .isEqualTo("{noop}" + OLD);
  }

  @Test
  void changeMyPassword_newContainsUserName_refusedByPolicy() {
    actor.signIn("viewer1");

    assertThatThrownBy(
            () ->
                app.users().changeMyPassword(OLD, "my-viewer1-passphrase", "my-viewer1-passphrase"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.issues())
                    .extracting(Issue::code)
                    .containsExactly(PasswordPolicy.WEAK_PASSWORD));
  }
}
