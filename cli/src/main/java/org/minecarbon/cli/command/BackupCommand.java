package org.minecarbon.cli.command;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.minecarbon.store.backup.Backup;
import org.minecarbon.store.backup.BackupException;
import org.minecarbon.store.backup.BackupSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code minecarbon backup}: the whole application database into one zip file. */
@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description = {
      "Write the whole application database (every table, evidence files included) to one zip"
          + " file with a manifest of row counts and SHA-256 checksums.",
      "Restore it with: minecarbon restore FILE.zip --db <fresh database>"
    })
public final class BackupCommand extends BaseCommand {
  @Mixin DatabaseOptions db = new DatabaseOptions();

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE.zip",
      description = "The backup file to write (must not exist unless --force).")
  Path out;

  @Option(names = "--force", description = "Overwrite an existing backup file.")
  boolean force;

  @Override
  protected int run() throws IOException {
    if (Files.exists(out) && !force) {
      return usageError(out + " exists; choose another name or add --force");
    }
    Path dir = out.toAbsolutePath().getParent();
    Path partial = Files.createTempFile(dir, ".minecarbon-backup-", ".part");
    try {
      BackupSummary summary;
      try (OutputStream stream = Files.newOutputStream(partial)) {
        summary = Backup.backup(db.dataSource(), stream);
      }
      Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
      RestoreCommand.print(err(), "backed up", summary);
      err().println("backup written to " + out);
      err().flush();
      return ExitCodes.OK;
    } catch (BackupException e) {
      return usageError(e.getMessage());
    } finally {
      Files.deleteIfExists(partial);
    }
  }
}
