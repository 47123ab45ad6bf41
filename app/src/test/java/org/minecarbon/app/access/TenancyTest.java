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
import org.minecarbon.app.document.DocumentChecks;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.inventory.Site;
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
  void visibleDocument_siteLimited_keepsOwnSitesAndTheirRowsOnly() {
    long id = enterprise(twoSites());
    signIn(List.of(new ScopeGrant(id, "pit")));

    ObjectNode seen = tenancy.visibleDocument(id, twoSites());

    assertThat(seen.get("sites")).hasSize(1);
    assertThat(seen.get("sites").get(0).get("id").asString()).isEqualTo("pit");
    // the pit row only: the mill row and the row without a site (enterprise-level) are left out
    assertThat(seen.get("activities")).hasSize(1);
    assertThat(seen.get("activities").get(0).get("id").asString()).isEqualTo("a-pit");
  }

  @Test
  void visibleDocument_singleSiteInScope_rowsWithoutSiteBelongToIt() {
    ObjectNode doc =
        doc("{\"id\":\"mine\"}", "{\"id\":\"r1\"}", "{\"id\":\"r2\",\"site\":\"mine\"}");
    long id = enterprise(doc);
    signIn(List.of(new ScopeGrant(id, "mine")));

    assertThat(tenancy.visibleDocument(id, doc).get("activities")).hasSize(2);
  }

  @Test
  void visibleDocument_unlimited_documentUnchanged() {
    long id = enterprise(twoSites());
    signIn(List.of());

    assertThat(tenancy.visibleDocument(id, twoSites())).isEqualTo(twoSites());
    assertThat(tenancy.cacheKey(id)).isEqualTo(String.valueOf(id));
  }

  @Test
  void visibleInventory_siteLimited_sameRowsAsTheDocumentRuleWithEnterprisePointers() {
    ObjectNode doc = fuelRows(twoSites());
    long id = enterprise(doc);
    signIn(List.of(new ScopeGrant(id, "pit")));

    Inventory seen = tenancy.visible(id, DocumentChecks.read(doc));

    assertThat(seen.sites()).extracting(Site::id).containsExactly("pit");
    assertThat(seen.activities()).extracting(r -> r.meta().id()).containsExactly("a-pit");
    // the rule on the document gives the same rows
    assertThat(tenancy.visibleDocument(id, doc).get("activities"))
        .extracting(r -> r.get("id").asString())
        .containsExactly("a-pit");
    // a figure keeps the row's pointer in the enterprise's document
    assertThat(seen.activities().getFirst().meta().pointer()).isEqualTo("/activities/0");
    Inventory mill = DocumentChecks.read(doc);
    assertThat(mill.activities().get(1).meta().pointer()).isEqualTo("/activities/1");
  }

  @Test
  void visibleInventory_singleSiteInScope_rowsWithoutSiteBelongToIt() {
    ObjectNode doc =
        fuelRows(doc("{\"id\":\"mine\"}", "{\"id\":\"r1\"}", "{\"id\":\"r2\",\"site\":\"mine\"}"));
    long id = enterprise(doc);
    signIn(List.of(new ScopeGrant(id, "mine")));

    assertThat(tenancy.visible(id, DocumentChecks.read(doc)).activities()).hasSize(2);
  }

  @Test
  void visibleInventory_unlimited_sameInventory() {
    ObjectNode doc = fuelRows(twoSites());
    long id = enterprise(doc);
    signIn(List.of());
    Inventory all = DocumentChecks.read(doc);

    assertThat(tenancy.visible(id, all)).isSameAs(all);
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

  /** The same rows made readable fuel rows (for the rule on core's records). */
  private static ObjectNode fuelRows(ObjectNode doc) {
    doc.get("activities")
        .forEach(
            r -> {
              ObjectNode o = (ObjectNode) r;
              o.put("source", "fuel");
              o.put("fuel", "diesel");
              o.put("quantity", 1);
              o.put("unit", "t");
            });
    return doc;
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
