package org.minecarbon.server.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.minecarbon.app.access.Role;
import org.minecarbon.app.document.DocumentChecks;
import org.minecarbon.app.factor.Libraries;
import org.minecarbon.app.user.Passwords;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.json.InventoryWriter;
import org.minecarbon.store.Store;
import org.minecarbon.store.inventory.GroupRecord;
import org.minecarbon.store.inventory.InventoryRepository;
import org.minecarbon.store.user.ScopeGrant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * With {@code minecarbon.demo=true}: seeds the administrator's group with the demo enterprises
 * (once: a group that has enterprises is left alone), validated by io like any import, plus a few
 * illustrative benchmarks; then prints where to sign in.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "minecarbon.demo", havingValue = "true")
public class DemoSeeder implements ApplicationRunner {
  static final List<String> DOCUMENTS =
      List.of("demo/coal-mine-2022-2024.json", "demo/copper-mine-2022-2024.json");

  private final Store store;
  private final Libraries libraries;
  private final Environment environment;
  private final String admin;
  private final FirstAdmin firstAdmin;
  private final PasswordEncoder encoder;
  private final PrintStream out = System.out;

  DemoSeeder(
      Store store,
      Libraries libraries,
      Environment environment,
      FirstAdmin firstAdmin,
      PasswordEncoder encoder,
      @Value("${minecarbon.admin.username:admin}") String admin) {
    this.encoder = encoder;
    this.store = store;
    this.libraries = libraries;
    this.environment = environment;
    this.firstAdmin = firstAdmin;
    this.admin = admin;
  }

  @Override
  public void run(ApplicationArguments args) {
    GroupRecord group =
        store.users().groupByName(FirstAdmin.DEFAULT_GROUP).orElseThrow(IllegalStateException::new);
    if (store.inventories().enterprises(group.id()).isEmpty()) {
      List<String> users = store.inTransaction(() -> seed(group.id()));
      out.println("MineCarbon demo: seeded a coal mine and a copper mine with 2022–2024 data.");
      users.forEach(u -> out.println("MineCarbon demo: user " + u + " (shown only this once)"));
    } else {
      out.println(
          "MineCarbon demo: reusing the data in "
              + environment.getProperty("MINECARBON_DATA", "./data")
              + ".");
    }
    String port = environment.getProperty("local.server.port", "8080");
    String password =
        firstAdmin
            .generatedPassword()
            .map(p -> "password " + p)
            .orElse("the password shown on the first start (wipe with --reset-demo)");
    out.println("MineCarbon demo: open http://localhost:" + port + "/");
    out.println("MineCarbon demo: sign in as '" + admin + "' with " + password);
    out.flush();
  }

  private List<String> seed(long groupId) {
    long copper = 0;
    for (String path : DOCUMENTS) {
      ObjectNode tree = load(path);
      long id = store.inventories().createEnterprise(groupId, InventoryRepository.header(tree));
      store.inventories().replaceDocument(id, tree);
      copper = id;
    }
    // illustrative values for the charts, not published benchmarks
    String note = "Illustrative demo value, not a published benchmark.";
    store.catalog().addBenchmark(groupId, "raw-coal", 0.20, 2024, note);
    store.catalog().addBenchmark(groupId, "copper-concentrate", 0.90, 2024, note);
    store.catalog().addBenchmark(groupId, "copper-ore", 0.01, 2024, note);
    return demoUsers(groupId, copper);
  }

  /** One user per role besides the administrator, and one limited to the copper mine's pit. */
  private List<String> demoUsers(long groupId, long copper) {
    List<String> lines = new ArrayList<>();
    for (Role role : List.of(Role.DATA_ENTRY, Role.REVIEWER, Role.VERIFIER, Role.VIEWER)) {
      String name = "demo-" + role.name().toLowerCase(Locale.ROOT).replace('_', '-');
      lines.add(demoUser(groupId, name, role, List.of()));
    }
    lines.add(
        demoUser(groupId, "demo-pit", Role.DATA_ENTRY, List.of(new ScopeGrant(copper, "pit"))));
    return lines;
  }

  private String demoUser(long groupId, String name, Role role, List<ScopeGrant> scope) {
    if (store.users().user(name).isPresent()) {
      return "'" + name + "' exists";
    }
    String password = Passwords.random();
    long id =
        store.users().createUser(name, encoder.encode(password), List.of(role.name()), groupId);
    store.users().replaceScope(id, scope);
    return "'"
        + name
        + "' ("
        + role.name()
        + (scope.isEmpty() ? "" : ", copper mine site pit only")
        + "), password "
        + password;
  }

  private ObjectNode load(String path) {
    try (InputStream in = new ClassPathResource(path).getInputStream()) {
      String name = path.substring(path.lastIndexOf('/') + 1);
      Result<Inventory> result = DocumentChecks.load(in.readAllBytes(), name, libraries.library());
      if (!(result instanceof Result.Ok<Inventory> ok)) {
        throw new IllegalStateException(
            "demo document " + path + " is invalid: " + result.issues());
      }
      return InventoryWriter.write(ok.value());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
