package org.minecarbon.io.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.Documents;

/**
 * The properties every reader must keep for any input, checked by the fuzz targets and the corpus
 * test: it returns a Result and throws nothing (no OutOfMemoryError or StackOverflowError either),
 * an error result holds no value and every error says where (pointer, location or file name), and
 * an input read without errors round-trips (write, read again: the same model).
 */
final class FuzzChecks {
  static final String JSON_NAME = "fuzz.json";
  static final String XLSX_NAME = "fuzz.xlsx";

  private FuzzChecks() {}

  static Result<Inventory> json(byte[] data) {
    Result<Inventory> r =
        guarded(() -> Documents.readJson(new ByteArrayInputStream(data), JSON_NAME));
    located(r, JSON_NAME);
    if (r instanceof Result.Ok<Inventory> ok) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      run(() -> Documents.writeJson(ok.value(), out));
      same(ok.value(), Documents.readJson(new ByteArrayInputStream(out.toByteArray()), "again"));
    }
    return r;
  }

  static Result<Inventory> xlsx(byte[] data) {
    Result<Inventory> r =
        guarded(() -> Documents.readXlsx(new ByteArrayInputStream(data), XLSX_NAME));
    located(r, XLSX_NAME);
    if (r instanceof Result.Ok<Inventory> ok) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      run(() -> Documents.writeXlsx(ok.value(), out));
      same(ok.value(), Documents.readXlsx(new ByteArrayInputStream(out.toByteArray()), "again"));
    }
    return r;
  }

  /** Writes the files (name → content) into a fresh folder and reads it as a CSV folder. */
  static Result<Inventory> csv(Map<String, byte[]> files) {
    Path dir = io(() -> Files.createTempDirectory("fuzz-csv"));
    try {
      files.forEach((name, bytes) -> io(() -> Files.write(dir.resolve(name), bytes)));
      return csv(dir);
    } finally {
      delete(dir);
    }
  }

  static Result<Inventory> csv(Path dir) {
    Result<Inventory> r = guarded(() -> Documents.readCsvFolder(dir));
    located(r, ".csv");
    if (r instanceof Result.Ok<Inventory> ok) {
      Path again = io(() -> Files.createTempDirectory("fuzz-csv-again"));
      try {
        run(() -> Documents.writeCsvFolder(ok.value(), again.resolve("inv")));
        same(ok.value(), Documents.readCsvFolder(again.resolve("inv")));
      } finally {
        delete(again);
      }
    }
    return r;
  }

  private static Result<Inventory> guarded(Supplier<Result<Inventory>> read) {
    try {
      Result<Inventory> r = read.get();
      if (r == null) {
        throw new AssertionError("the reader returned null");
      }
      return r;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      throw new AssertionError("the reader threw " + e, e);
    }
  }

  private static void located(Result<Inventory> r, String name) {
    if (r instanceof Result.Ok<Inventory> ok && !ok.errors().isEmpty()) {
      throw new AssertionError("a value was returned with errors: " + ok.errors());
    }
    for (Issue i : r.errors()) {
      boolean where =
          !i.pointer().isEmpty()
              || !i.location().isEmpty()
              || i.message().contains(name)
              || i.message().startsWith("the document");
      if (!where) {
        throw new AssertionError("an error without a location: " + i.describe());
      }
    }
  }

  private static void same(Inventory first, Result<Inventory> again) {
    if (!(again instanceof Result.Ok<Inventory> ok) || !ok.value().equals(first)) {
      throw new AssertionError(
          "read without errors but does not round-trip: " + again.issues() + "\n" + first);
    }
  }

  interface IoAction<T> {
    T run() throws IOException;
  }

  interface IoVoid {
    void run() throws IOException;
  }

  private static <T> T io(IoAction<T> action) {
    try {
      return action.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void run(IoVoid action) {
    io(
        () -> {
          action.run();
          return null;
        });
  }

  private static void delete(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
