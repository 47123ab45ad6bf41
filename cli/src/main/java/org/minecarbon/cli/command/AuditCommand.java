package org.minecarbon.cli.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.store.Store;
import org.minecarbon.store.StoreException;
import org.minecarbon.store.audit.AuditRepository;
import org.minecarbon.store.audit.AuditVerification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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

    @Option(
        names = "--checkpoint",
        paramLabel = "FILE",
        description = {
          "A file outside the database (another machine, write-once storage) holding earlier heads"
              + " of the chain, one 'seq sha256 time' line per run. Every line must still be in"
              + " the chain with the same hash, so deleting the last entries and resetting the"
              + " head inside the database is detected. When the chain verifies, its head is"
              + " appended."
        })
    @Nullable Path checkpoint;

    @Override
    protected int run() throws IOException {
      AuditVerification v;
      AuditRepository audit;
      try {
        audit = new Store(database.dataSource()).audit();
        v = audit.verify();
      } catch (StoreException e) {
        err().println("minecarbon: cannot read the audit trail: " + e.getMessage());
        err().flush();
        return ExitCodes.INVALID_INPUT;
      }
      if (v.ok()) {
        List<String> lost = checkpoint == null ? List.of() : Checkpoints.missing(checkpoint, audit);
        if (!lost.isEmpty()) {
          err()
              .println("audit chain BROKEN against " + checkpoint + ": " + String.join("; ", lost));
          err().flush();
          return CHAIN_BROKEN;
        }
        AuditRepository.Checkpoint head = audit.head();
        out().println(v.message() + "; head: entry " + head.seq() + " sha256 " + head.hash());
        if (checkpoint != null) {
          Checkpoints.append(checkpoint, head);
          out().println("head appended to " + checkpoint);
        }
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
