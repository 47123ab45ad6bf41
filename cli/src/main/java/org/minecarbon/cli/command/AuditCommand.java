package org.minecarbon.cli.command;

import org.minecarbon.store.Store;
import org.minecarbon.store.StoreException;
import org.minecarbon.store.audit.AuditVerification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code minecarbon audit verify}: checks the hash chain of the application's audit trail. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "The audit trail of the application database.",
    subcommands = {AuditCommand.Verify.class})
public final class AuditCommand extends BaseCommand {
  /** Exit status when the audit chain does not verify (an entry was changed, removed or added). */
  public static final int CHAIN_BROKEN = 3;

  @Override
  protected int run() {
    spec.commandLine().usage(err());
    return ExitCodes.INVALID_INPUT;
  }

  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = {
        "Walks the whole audit hash chain: every entry's SHA-256 over its content and its link to"
            + " the previous entry; then every verified snapshot against its stored SHA-256 and the"
            + " one its verification's audit entry recorded.",
        "Prints 'audit chain OK: N entries', or the first broken entry and what is wrong.",
        "The database is only read, never migrated or changed."
      },
      exitCodeListHeading = "%nExit status:%n",
      exitCodeList = {
        "0:the chain verifies",
        "1:internal error",
        "2:the database cannot be read (wrong URL or credentials, no audit trail)",
        "3:the chain is broken (an entry was changed, removed or inserted) or a verified snapshot"
            + " was changed"
      })
  static final class Verify extends BaseCommand {
    @Mixin DatabaseOptions database = new DatabaseOptions();

    @Override
    protected int run() {
      AuditVerification v;
      try {
        v = new Store(database.dataSource()).audit().verify();
      } catch (StoreException e) {
        err().println("minecarbon: cannot read the audit trail: " + e.getMessage());
        err().flush();
        return ExitCodes.INVALID_INPUT;
      }
      if (v.ok()) {
        out().println(v.message());
        out().flush();
        return ExitCodes.OK;
      }
      if (v.firstBroken() == null) {
        err().println("audit check FAILED: " + v.message());
        err().flush();
        return CHAIN_BROKEN;
      }
      err()
          .println(
              "audit chain BROKEN at entry "
                  + v.firstBroken()
                  + ": "
                  + v.message()
                  + " ("
                  + v.entries()
                  + " entries before it verify)");
      err().flush();
      return CHAIN_BROKEN;
    }
  }
}
