package org.minecarbon.cli.command;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.minecarbon.app.user.PasswordPolicy;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.store.Store;
import org.minecarbon.store.StoreException;
import org.minecarbon.store.audit.AuditChange;
import org.springframework.security.crypto.bcrypt.BCrypt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code minecarbon db group create --name NAME --admin USER}: provisions a tenant (a group of
 * enterprises) and its first administrator (issue 11). This is the platform operator's act: whoever
 * can reach the database from this machine; it is recorded in the new group's audit trail as {@code
 * operator:<OS user>}, in the same transaction as the group and the user.
 */
@Command(
    name = "group",
    mixinStandardHelpOptions = true,
    description = "Tenants (groups of enterprises) on the application database.",
    subcommands = {GroupCommand.Create.class})
public final class GroupCommand extends BaseCommand {
  @Override
  protected int run() {
    spec.commandLine().usage(err());
    return ExitCodes.INVALID_INPUT;
  }

  /** Creates the group and its administrator. */
  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      description = {
        "Create a tenant and its first administrator. The password is read from stdin with"
            + " --password-stdin (at least 12 characters), else a random one is printed once.",
        "Only the BCrypt hash is stored, in the format the web application checks."
      },
      exitCodeListHeading = "%nExit status:%n",
      exitCodeList = {
        "0:created",
        "1:internal error",
        "2:invalid name, user or password, a name already taken, or no usable database"
      })
  static final class Create extends BaseCommand {
    static final int MIN_PASSWORD = 12;
    private static final int MAX_NAME = 200;

    @Mixin DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--name", required = true, description = "The group's name (unique).")
    String name = "";

    @Option(
        names = "--admin",
        required = true,
        paramLabel = "USER",
        description = "User name of the group's first administrator (unique).")
    String admin = "";

    @Option(
        names = "--password-stdin",
        description = "Read the password from the first line of stdin.")
    boolean passwordStdin;

    @Option(
        names = "--bcrypt-strength",
        defaultValue = "12",
        description = "BCrypt cost (default 12).")
    int strength = 12;

    @Override
    protected int run() throws java.io.IOException {
      String password = passwordStdin ? readPassword() : randomPassword();
      Store store;
      try {
        store = new Store(database.dataSource());
        List<Issue> problems = check(store, password);
        if (!problems.isEmpty()) {
          return invalid(problems);
        }
        String hash = "{bcrypt}" + BCrypt.hashpw(password, BCrypt.gensalt(strength));
        long group = store.inTransaction(() -> create(store, hash));
        out()
            .println(
                "group "
                    + group
                    + " '"
                    + name.strip()
                    + "' created; administrator '"
                    + admin
                    + "'");
        if (!passwordStdin) {
          out().println("password (shown only this once): " + password);
        }
        out().flush();
        return ExitCodes.OK;
      } catch (StoreException e) {
        err().println("minecarbon: cannot use the database: " + e.getMessage());
        err().flush();
        return ExitCodes.INVALID_INPUT;
      }
    }

    private List<Issue> check(Store store, String password) {
      List<Issue> problems = new ArrayList<>();
      String n = name.strip();
      if (n.isEmpty() || n.length() > MAX_NAME) {
        problems.add(Issue.error(Codes.REQUIRED, "--name", "a group name of 1–200 characters"));
      } else if (store.users().groupByName(n).isPresent()) {
        problems.add(
            Issue.error(Codes.DUPLICATE_ID, "--name", "a group of this name exists", n, ""));
      }
      if (!admin.matches("[A-Za-z0-9._@-]{1,100}")) {
        problems.add(
            Issue.error(
                Codes.REQUIRED,
                "--admin",
                "a user name of letters, digits and . _ @ -",
                admin,
                ""));
      } else if (store.users().user(admin).isPresent()) {
        problems.add(
            Issue.error(Codes.DUPLICATE_ID, "--admin", "this user name is taken", admin, ""));
      }
      problems.addAll(PasswordPolicy.check(admin, password, "password"));
      return problems;
    }

    private long create(Store store, String hash) {
      long group = store.users().createGroup(name.strip());
      long user = store.users().createUser(admin, hash, List.of("ADMIN"), group);
      store
          .audit()
          .append(
              new AuditChange(
                  "operator:" + System.getProperty("user.name", "unknown"),
                  group,
                  null,
                  "group",
                  String.valueOf(group),
                  "create",
                  null,
                  JsonCodec.mapper()
                      .valueToTree(Map.of("name", name.strip(), "admin", admin, "adminId", user)),
                  "provisioned from the command line"));
      return group;
    }

    private static String readPassword() throws java.io.IOException {
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      String line = in.readLine();
      return line == null ? "" : line;
    }

    private static String randomPassword() {
      String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
      SecureRandom random = new SecureRandom();
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < 20; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      return b.toString();
    }
  }
}
