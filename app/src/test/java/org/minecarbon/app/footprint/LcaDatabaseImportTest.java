package org.minecarbon.app.footprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minecarbon.app.App;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.NotFoundException;
import org.minecarbon.app.TestActor;
import org.minecarbon.core.result.Issue;
import org.minecarbon.store.Store;

/** Database uploads prepared as jobs: phases with counts, every problem, nothing half-stored. */
class LcaDatabaseImportTest {
  private static final Path USLCI = Path.of("../lca/src/test/data/uslci-2017-olca-jsonld-v1.zip");

  private Store store;
  private TestActor actor;
  private App app;

  @BeforeEach
  void setUp() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:lca-import-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    Store.migrate(ds);
    store = new Store(ds);
    actor = new TestActor(store);
    app = new App(store, actor, p -> "{noop}" + p, App.Settings.DEFAULTS);
    signIn("alice", "group-a");
  }

  @AfterEach
  void tearDown() {
    actor.signOut();
    app.close();
  }

  @Test
  void startUpload_uslci_reportsEveryPhaseWithCountsAndListsTheDatabase() throws Exception {
    LcaDatabaseImport started =
        app.lcaDatabases().startUpload("USLCI 2017", Files.readAllBytes(USLCI));
    assertThat(started.state()).isEqualTo("running");
    List<Double> seen = new ArrayList<>();
    LcaDatabaseImport done = await(started.id(), seen);

    assertThat(done.state()).isEqualTo("done");
    assertThat(done.progress()).isEqualTo(1.0);
    // progress was reported while it ran: some sample strictly between 0 and 1
    assertThat(seen).anyMatch(p -> p > 0 && p < 1);
    assertThat(done.steps()).extracting(ImportStep::phase).containsExactly(ImportPhase.values());
    assertThat(done.steps()).allMatch(ImportStep::done);
    // oracle: issue 14's description of the reference data: "USLCI: 766 processes, schema v1;
    // 259 exchange formulas, 537 parameters" (counted independently of this code)
    assertThat(step(done, ImportPhase.READING).counts()).containsEntry("processes", 766L);
    assertThat(step(done, ImportPhase.CHECKING).counts()).containsEntry("processes", 766L);
    assertThat(step(done, ImportPhase.FORMULAS).counts())
        .containsEntry("formulas", 259L)
        .containsEntry("parameters", 537L);
    assertThat(step(done, ImportPhase.LINKING).counts().get("linked")).isPositive();
    assertThat(step(done, ImportPhase.PREPARING).counts().get("bytes")).isPositive();
    List<LcaDatabaseView> listed = app.lcaDatabases().list();
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).id()).isEqualTo(done.databaseId());
    assertThat(listed.get(0).processCount()).isEqualTo(766);
    assertThat(listed.get(0).name()).isEqualTo("USLCI 2017");
    assertThat(app.lcaDatabases().recentImports())
        .extracting(LcaDatabaseImport::id)
        .containsExactly(started.id());
  }

  @Test
  void startUpload_packageWithThreeProblems_failsWithEveryProblemAndStoresNothing()
      throws Exception {
    byte[] zip =
        zip(
            "processes/broken.json", "{\"@id\": ",
            "processes/anonymous.json", "{\"name\": \"no id\"}",
            "flow_properties/mass.json",
                "{\"@id\": \"mass\", \"name\": \"Mass\", \"unitGroup\": {\"@id\": \"nowhere\"}}");

    LcaDatabaseImport failed =
        await(app.lcaDatabases().startUpload("bad", zip).id(), new ArrayList<>());

    assertThat(failed.state()).isEqualTo("failed");
    assertThat(failed.databaseId()).isNull();
    // each of the three files names its own problem, with the file as its location
    assertThat(failed.issues())
        .extracting(Issue::pointer)
        .anyMatch(p -> p.startsWith("processes/broken.json"))
        .anyMatch(p -> p.startsWith("processes/anonymous.json"))
        .anyMatch(p -> p.startsWith("flow_properties/mass.json"));
    // the checking phase is where it stopped (not marked done)
    assertThat(failed.steps())
        .last()
        .satisfies(
            s -> {
              assertThat(s.phase()).isEqualTo(ImportPhase.CHECKING);
              assertThat(s.done()).isFalse();
            });
    assertThat(app.lcaDatabases().list()).isEmpty();
  }

  @Test
  void startUpload_notAZip_refusedAtOnceAndStoresNothing() {
    assertThatThrownBy(
            () -> app.lcaDatabases().startUpload("x", "hello".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.issues())
                    .extracting(Issue::code)
                    .containsExactly("LCA_DATABASE_NOT_ZIP"));
    assertThat(app.lcaDatabases().recentImports()).isEmpty();
    assertThat(app.lcaDatabases().list()).isEmpty();
  }

  @Test
  void startUpload_corruptZip_failsInTheReadingPhase() throws Exception {
    // a zip's local header magic followed by garbage: passes the quick check, fails to read
    byte[] corrupt = {'P', 'K', 3, 4, 9, 9, 9, 9, 9, 9, 9, 9};

    LcaDatabaseImport failed =
        await(app.lcaDatabases().startUpload("corrupt", corrupt).id(), new ArrayList<>());

    assertThat(failed.state()).isEqualTo("failed");
    assertThat(failed.issues()).extracting(Issue::code).containsExactly("LCA_DATABASE_NOT_ZIP");
    assertThat(failed.steps()).extracting(ImportStep::phase).containsExactly(ImportPhase.READING);
    assertThat(app.lcaDatabases().list()).isEmpty();
  }

  @Test
  void importJob_ofAnotherGroup_isNotFound() throws Exception {
    String id = app.lcaDatabases().startUpload("x", zip("processes/p.json", "{")).id();
    await(id, new ArrayList<>());
    signIn("bob", "group-b");

    assertThatThrownBy(() -> app.lcaDatabases().importJob(id))
        .isInstanceOf(NotFoundException.class);
    assertThat(app.lcaDatabases().recentImports()).isEmpty();
  }

  private LcaDatabaseImport await(String id, List<Double> seen) throws InterruptedException {
    LcaDatabaseImport job = app.lcaDatabases().importJob(id);
    for (int i = 0; i < 12_000 && !job.finished(); i++) {
      seen.add(job.progress());
      Thread.sleep(10);
      job = app.lcaDatabases().importJob(id);
    }
    return job;
  }

  private static ImportStep step(LcaDatabaseImport job, ImportPhase phase) {
    return job.steps().stream().filter(s -> s.phase() == phase).findFirst().orElseThrow();
  }

  private static byte[] zip(String... nameAndText) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (int i = 0; i < nameAndText.length; i += 2) {
        z.putNextEntry(new ZipEntry(nameAndText[i]));
        z.write(nameAndText[i + 1].getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private void signIn(String user, String group) {
    if (store.users().user(user).isEmpty()) {
      long g = store.users().createGroup(group);
      store.users().createUser(user, "{noop}x", List.of("USER"), g);
    }
    actor.signIn(user);
  }
}
