package org.minecarbon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.store.Store;
import org.minecarbon.store.inventory.InventoryRepository;
import org.minecarbon.store.user.ScopeGrant;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code minecarbon db balance}: the web application's balance use case from the command line, as a
 * user of the database. The oracle is {@code minecarbon balance} on the same document as a file.
 */
class DbCommandTest {

  @Test
  void balance_storedCoalMine_sameTableAsTheFile_otherTenantSeesNothing(@TempDir Path dir)
      throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("minecarbon") + ";DB_CLOSE_ON_EXIT=FALSE";
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(url);
    ds.setUser("sa");
    Store.migrate(ds);
    Store store = new Store(ds);
    Path file = Path.of("../examples/coal-mine.json");
    ObjectNode doc = (ObjectNode) JsonCodec.mapper().readTree(Files.readString(file));
    long group = store.users().createGroup("coal group");
    long other = store.users().createGroup("rival group");
    store.users().createUser("alice", "{noop}x", List.of("VIEWER"), group);
    store.users().createUser("mallory", "{noop}x", List.of("ADMIN"), other);
    long id = store.inventories().createEnterprise(group, InventoryRepository.header(doc));
    store.inventories().replaceDocument(id, doc);

    CliRun fromDb =
        CliRun.of(
            "db",
            "balance",
            "--db",
            url,
            "--db-user",
            "sa",
            "--as",
            "alice",
            "--enterprise",
            String.valueOf(id));
    CliRun fromFile = CliRun.of("balance", file.toString());

    assertThat(fromDb.exit()).as(fromDb.err()).isZero();
    assertThat(fromDb.out()).isEqualTo(fromFile.out()).contains("487,998.00");

    CliRun rival =
        CliRun.of(
            "db",
            "balance",
            "--db",
            url,
            "--db-user",
            "sa",
            "--as",
            "mallory",
            "--enterprise",
            String.valueOf(id));
    assertThat(rival.exit()).isEqualTo(2);
    assertThat(rival.err()).contains("no enterprise " + id + " that user 'mallory' may see");
    assertThat(rival.out()).isEmpty();

    CliRun nobody = CliRun.of("db", "balance", "--db", url, "--as", "nobody", "--enterprise", "1");
    assertThat(nobody.exit()).isEqualTo(2);
    assertThat(nobody.err()).contains("no enabled user 'nobody'");
  }

  @Test
  void balance_siteLimitedUser_seesOnlyItsSite(@TempDir Path dir) throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("minecarbon") + ";DB_CLOSE_ON_EXIT=FALSE";
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(url);
    ds.setUser("sa");
    Store.migrate(ds);
    Store store = new Store(ds);
    ObjectNode doc =
        (ObjectNode)
            JsonCodec.mapper().readTree(Files.readString(Path.of("../examples/metal-mine.json")));
    long group = store.users().createGroup("metal group");
    long whole = store.users().createUser("all", "{noop}x", List.of("VIEWER"), group);
    long limited = store.users().createUser("one", "{noop}x", List.of("VIEWER"), group);
    long id = store.inventories().createEnterprise(group, InventoryRepository.header(doc));
    store.inventories().replaceDocument(id, doc);
    String firstSite = doc.get("sites").get(0).get("id").asString();
    store.users().replaceScope(limited, List.of(new ScopeGrant(id, firstSite)));

    CliRun all =
        CliRun.of(
            "db",
            "balance",
            "--db",
            url,
            "--as",
            "all",
            "--enterprise",
            "" + id,
            "--format",
            "json");
    CliRun one =
        CliRun.of(
            "db",
            "balance",
            "--db",
            url,
            "--as",
            "one",
            "--enterprise",
            "" + id,
            "--format",
            "json");

    assertThat(whole).isPositive();
    assertThat(all.exit()).as(all.err()).isZero();
    assertThat(one.exit()).as(one.err()).isZero();
    // two sites: the limited user's balance holds fewer rows
    assertThat(doc.get("sites")).hasSize(2);
    assertThat(one.out()).isNotEqualTo(all.out());
    assertThat(one.out().length()).isLessThan(all.out().length());
  }
}
