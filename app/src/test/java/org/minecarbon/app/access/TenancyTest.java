package org.minecarbon.app.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minecarbon.app.ForbiddenException;
import org.minecarbon.app.NotFoundException;
import org.minecarbon.app.TestActor;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.store.Store;
import org.minecarbon.store.inventory.InventoryRepository;
import org.minecarbon.store.user.ScopeGrant;
import tools.jackson.databind.node.ObjectNode;

/** Enterprise and site scope of {@link Tenancy}, over an in-memory store. */
class TenancyTest {
  private Store store;
  private TestActor actor;
  private Tenancy tenancy;
  private long group;

  @BeforeEach
  void setUp() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:tenancy-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    Store.migrate(ds);
    store = new Store(ds);
    actor = new TestActor(store);
    tenancy = new Tenancy(store, actor);
    group = store.users().createGroup("g");
  }

  @AfterEach
  void tearDown() {
    actor.signOut();
  }

  @Test
  void visible_siteLimited_keepsOwnSitesAndTheirRowsOnly() {
    long id = enterprise(twoSites());
    signIn(List.of(new ScopeGrant(id, "pit")));

    ObjectNode seen = tenancy.visible(id, twoSites());

    assertThat(seen.get("sites")).hasSize(1);
    assertThat(seen.get("sites").get(0).get("id").asString()).isEqualTo("pit");
    // the pit row only: the mill row and the row without a site (enterprise-level) are left out
    assertThat(seen.get("activities")).hasSize(1);
    assertThat(seen.get("activities").get(0).get("id").asString()).isEqualTo("a-pit");
  }

  @Test
  void visible_singleSiteInScope_rowsWithoutSiteBelongToIt() {
    ObjectNode doc =
        doc("{\"id\":\"mine\"}", "{\"id\":\"r1\"}", "{\"id\":\"r2\",\"site\":\"mine\"}");
    long id = enterprise(doc);
    signIn(List.of(new ScopeGrant(id, "mine")));

    assertThat(tenancy.visible(id, doc).get("activities")).hasSize(2);
  }

  @Test
  void visible_unlimited_documentUnchanged() {
    long id = enterprise(twoSites());
    signIn(List.of());

    assertThat(tenancy.visible(id, twoSites())).isEqualTo(twoSites());
    assertThat(tenancy.cacheKey(id)).isEqualTo(String.valueOf(id));
  }

  @Test
  void requireSite_otherSiteOrEnterpriseLevel_refused() {
    long id = enterprise(twoSites());
    signIn(List.of(new ScopeGrant(id, "pit")));

    tenancy.requireSite(id, "pit");
    assertThatThrownBy(() -> tenancy.requireSite(id, "mill"))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("outside your scope");
    assertThatThrownBy(() -> tenancy.requireSite(id, null))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("read-only");
    assertThatThrownBy(() -> tenancy.requireWholeEnterprise(id, "an import"))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void enterprise_outsideEnterpriseScope_notFound() {
    long mine = enterprise(twoSites());
    long other = enterprise(twoSites());
    signIn(List.of(new ScopeGrant(mine, null)));

    assertThat(tenancy.enterprise(mine).id()).isEqualTo(mine);
    assertThatThrownBy(() -> tenancy.enterprise(other)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> tenancy.requireWholeGroup("creating an enterprise"))
        .isInstanceOf(ForbiddenException.class);
  }

  private void signIn(List<ScopeGrant> scope) {
    String name = "u-" + UUID.randomUUID();
    long user = store.users().createUser(name, "{noop}x", List.of("DATA_ENTRY"), group);
    store.users().replaceScope(user, scope);
    actor.signIn(name);
  }

  private long enterprise(ObjectNode doc) {
    long id = store.inventories().createEnterprise(group, InventoryRepository.header(doc));
    store.inventories().replaceDocument(id, doc);
    return id;
  }

  private static ObjectNode twoSites() {
    return doc(
        "{\"id\":\"pit\"},{\"id\":\"mill\"}",
        "{\"id\":\"a-pit\",\"site\":\"pit\"}",
        "{\"id\":\"a-mill\",\"site\":\"mill\"},{\"id\":\"a-none\"}");
  }

  private static ObjectNode doc(String sites, String... rows) {
    String json =
        "{\"format\":\"minecarbon/inventory@1\",\"enterprise\":{\"name\":\"E\"},\"sites\":["
            + sites
            + "],\"activities\":["
            + String.join(",", rows).replace("{\"id\"", "{\"period\":\"2024\",\"id\"")
            + "],\"sinks\":[],\"production\":[]}";
    return (ObjectNode) JsonCodec.mapper().readTree(json);
  }
}
