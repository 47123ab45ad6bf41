package org.minecarbon.cli.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.minecarbon.store.audit.AuditRepository;

/**
 * Heads of the audit chain kept outside the database (issue 11): the chain protects every entry but
 * its own tail — whoever can write the database can delete the last entries and reset {@code
 * audit_head} to an earlier hash. A checkpoint file on other storage anchors the tail: each line
 * {@code seq sha256 time} must still be in the chain with the same hash.
 */
final class Checkpoints {
  private Checkpoints() {}

  /** Every checkpoint line that the chain no longer holds as written, described. */
  static List<String> missing(Path file, AuditRepository audit) throws IOException {
    List<String> problems = new ArrayList<>();
    if (!Files.exists(file)) {
      return problems;
    }
    int n = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      n++;
      String[] f = line.strip().split("\\s+");
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (f.length < 2 || !f[0].matches("\\d{1,18}") || !f[1].matches("[0-9a-f]{64}")) {
        problems.add(file + ":" + n + ": not a checkpoint line 'seq sha256 [time]'");
        continue;
      }
      long seq = Long.parseLong(f[0]);
      Optional<String> hash = seq == 0 ? Optional.of(AuditRepository.GENESIS) : audit.hashAt(seq);
      if (hash.isEmpty()) {
        problems.add(
            "entry " + seq + " (checkpoint " + file + ":" + n + ") is missing: the tail was cut");
      } else if (!hash.get().equals(f[1])) {
        problems.add(
            "entry " + seq + " has hash " + hash.get() + ", the checkpoint recorded " + f[1]);
      }
    }
    return problems;
  }

  /** Appends the head as a new line (the file is created when missing). */
  static void append(Path file, AuditRepository.Checkpoint head) throws IOException {
    String line = head.seq() + " " + head.hash() + " " + Instant.now() + System.lineSeparator();
    Files.writeString(
        file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }
}
