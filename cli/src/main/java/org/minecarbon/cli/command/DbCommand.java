package org.minecarbon.cli.command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.minecarbon.app.App;
import org.minecarbon.app.ForbiddenException;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.NotFoundException;
import org.minecarbon.app.access.AccessUser;
import org.minecarbon.cli.render.BalanceTable;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.result.Issue;
import org.minecarbon.io.ResultWriters;
import org.minecarbon.store.Store;
import org.minecarbon.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code minecarbon db …}: the application database's use cases from the command line, as one of
 * its users — the same services (module {@code app}) the web application calls, with the same
 * tenant, scope and validation.
 */
@Command(
    name = "db",
    mixinStandardHelpOptions = true,
    description = "Use cases on the application database, as one of its users.",
    subcommands = {DbCommand.BalanceOf.class, GroupCommand.class})
public final class DbCommand extends BaseCommand {

  @Override
  protected int run() {
    spec.commandLine().usage(err());
    return ExitCodes.INVALID_INPUT;
  }

  /** {@code minecarbon db balance --as USER --enterprise ID}. */
  @Command(
      name = "balance",
      mixinStandardHelpOptions = true,
      description = {
        "The balance of a stored enterprise as USER sees it in the web application (its group and"
            + " its sites only), computed by the same use case.",
        "The database is only read, never migrated or changed."
      },
      exitCodeListHeading = "%nExit status:%n",
      exitCodeList = {
        "0:the balance was printed",
        "1:internal error",
        "2:unknown user, an enterprise the user cannot see, stored data with errors, or an"
            + " unreadable database"
      })
  static final class BalanceOf extends BaseCommand {
    @Mixin DatabaseOptions database = new DatabaseOptions();

    @Option(
        names = "--as",
        required = true,
        paramLabel = "USER",
        description = "An existing user of the application; its tenant and scope apply.")
    String user = "";

    @Option(
        names = "--enterprise",
        required = true,
        paramLabel = "ID",
        description = "The enterprise id (as in the web application's addresses).")
    long enterprise;

    @Option(
        names = "--format",
        defaultValue = "table",
        description = "table (default) or json (balance result v1, as the API answers).")
    String format = "table";

    @Mixin LangOption lang = new LangOption();

    @Override
    protected int run() throws IOException {
      if (!format.equals("table") && !format.equals("json")) {
        return usageError("--format is table or json, not " + format);
      }
      Store store;
      try {
        store = new Store(database.dataSource());
        LocalActor actor = new LocalActor(store, user);
        if (actor.user().filter(AccessUser::enabled).isEmpty()) {
          return refuse("no enabled user '" + user + "' in the database");
        }
        try (App app = new App(store, actor, LocalActor.NO_PASSWORDS, App.Settings.DEFAULTS)) {
          Balance balance = app.balances().balance(enterprise);
          print(balance);
          List<Issue> warnings = new ArrayList<>(balance.warnings());
          warnings.addAll(balance.calculation().warnings());
          warn(Issues.distinct(warnings));
          return ExitCodes.OK;
        }
      } catch (NotFoundException e) {
        return refuse("no enterprise " + enterprise + " that user '" + user + "' may see");
      } catch (ForbiddenException e) {
        return refuse(e.getMessage());
      } catch (InvalidInputException e) {
        return invalid(e.issues());
      } catch (StoreException e) {
        return refuse("cannot read the database: " + e.getMessage());
      }
    }

    private void print(Balance balance) throws IOException {
      if (format.equals("json")) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ResultWriters.balanceJson(balance, bytes);
        printBytes(bytes);
        return;
      }
      BalanceTable.render(balance, lang.value()).forEach(out()::println);
      out().flush();
    }

    private int refuse(String message) {
      err().println("minecarbon: " + message);
      err().flush();
      return ExitCodes.INVALID_INPUT;
    }
  }
}
