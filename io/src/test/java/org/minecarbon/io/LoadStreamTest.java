package org.minecarbon.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minecarbon.io.Sheets.row;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.table.Limits;
import org.minecarbon.testkit.Fixtures;

/**
 * {@link Documents#load(InputStream, String, FactorLibrary)} gives exactly the result of {@link
 * Documents#load(Path, FactorLibrary)} on a file of that name holding the same bytes: the same
 * issues (pointers, messages, workbook locations) and, for a valid document, an equal inventory.
 */
class LoadStreamTest {
  private static final FactorLibrary LIBRARY = FactorLibrary.builtIn();

  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> load_everyExample_sameFromStreamAsFromFile() {
    return examples().stream()
        .map(
            p ->
                DynamicTest.dynamicTest(
                    p.getFileName().toString(),
                    () -> assertThat(sameBothWays(p).errors()).isEmpty()));
  }

  @TestFactory
  Stream<DynamicTest> load_everyExampleAsWorkbook_sameFromStreamAsFromFile() {
    return examples().stream()
        .map(
            p ->
                DynamicTest.dynamicTest(
                    p.getFileName().toString(),
                    () -> {
                      String name = p.getFileName().toString().replace(".json", ".xlsx");
                      Path xlsx = tmp.resolve(name);
                      Documents.write(Documents.load(p, LIBRARY).orElseThrow(), xlsx);
                      assertThat(sameBothWays(xlsx).errors()).isEmpty();
                    }));
  }

  /** The malformed corpus: syntax errors, limits, zip tricks, wrong types… one issue set each. */
  @TestFactory
  Stream<DynamicTest> load_everyCorpusFile_sameFromStreamAsFromFile() {
    return Stream.of("json", "xlsx")
        .flatMap(kind -> files(resource("fuzz/" + kind), "." + kind).stream())
        .map(
            p ->
                DynamicTest.dynamicTest(
                    p.getParent().getFileName() + "/" + p.getFileName(), () -> sameBothWays(p)));
  }

  @Test
  void load_fixtures_sameFromStreamAsFromFile() throws IOException {
    for (String f :
        List.of(Fixtures.RICH, Fixtures.MINIMAL, Fixtures.BROKEN_FIELDS, Fixtures.BROKEN_SYNTAX)) {
      Path file = tmp.resolve(f);
      try (InputStream in = Fixtures.stream(f)) {
        Files.copy(in, file);
      }
      sameBothWays(file);
    }
    Result<Inventory> broken =
        load(Files.readAllBytes(tmp.resolve(Fixtures.BROKEN_FIELDS)), Fixtures.BROKEN_FIELDS);
    assertThat(broken.issues().stream().map(i -> i.code() + " " + i.pointer()).toList())
        .containsExactlyElementsOf(Fixtures.expectedIssues(Fixtures.BROKEN_FIELDS));
  }

  @Test
  void load_workbookWithSemanticErrors_sameIssuesAndLocationsAsFromFile() throws IOException {
    Path xlsx = tmp.resolve("bad.xlsx");
    Files.write(
        xlsx,
        Sheets.of("sites", row("id"), row("north"))
            .and(
                "activities",
                row("period", "site", "source", "fuel", "quantity", "unit"),
                row("2024", "north", "fuel", "diesel", 10.0, "t"),
                row("2024", "south", "fuel", "whale-oil", 3.0, "t"),
                row("2024", "north", "fuel", "diesel", -3.0, "t"))
            .withEnterprise()
            .bytes());

    Result<Inventory> r = sameBothWays(xlsx);

    assertThat(r.errors())
        .extracting(Issue::code)
        .contains(Codes.UNKNOWN_SITE, Codes.UNKNOWN_FUEL, Codes.NEGATIVE_QUANTITY);
    assertThat(r.errors())
        .filteredOn(i -> i.code().equals(Codes.NEGATIVE_QUANTITY))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.pointer()).isEqualTo("/activities/2/quantity");
              assertThat(i.location()).isEqualTo("sheet activities, row 4, column quantity");
            });
  }

  @Test
  void load_structurallyBrokenWorkbook_sameIssuesAndLocationsAsFromFile() throws IOException {
    Path xlsx = tmp.resolve("broken.xlsx");
    Files.write(
        xlsx,
        Sheets.of("sites", row("id"), row("north"))
            .and(
                "activities",
                row("period", "site", "source", "fuel", "quantity", "unit"),
                row("2024", "north", "fuel", "diesel", 10.0, "t"),
                row("2024", "north", "fuel", "diesel", "ten", "t"))
            .withEnterprise()
            .bytes());

    Result<Inventory> r = sameBothWays(xlsx);

    assertThat(r.errors())
        .filteredOn(i -> i.code().equals(Codes.WRONG_TYPE))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.pointer()).isEqualTo("/activities/1/quantity");
              assertThat(i.location()).isEqualTo("sheet activities, row 3, column quantity");
            });
  }

  @Test
  void load_extensionInAnyCase_picksTheFormat() throws IOException {
    Path example = examples().getFirst();
    Path upper = tmp.resolve("UPPER.JSON");
    Files.copy(example, upper);
    Path mixed = tmp.resolve("Mixed.XlSx");
    Documents.write(Documents.load(example, LIBRARY).orElseThrow(), tmp.resolve("w.xlsx"));
    Files.copy(tmp.resolve("w.xlsx"), mixed);

    assertThat(sameBothWays(upper).errors()).isEmpty();
    assertThat(sameBothWays(mixed).errors()).isEmpty();
  }

  @Test
  void load_unsupportedName_isTheServersUnsupportedFormatIssue_streamUnread() {
    for (String name :
        List.of("inventory.csv", "inventory.xls", "inventory", "inventory.json.gz")) {
      ByteArrayInputStream in = new ByteArrayInputStream("{}".getBytes());

      Result<Inventory> r = Documents.load(in, name, LIBRARY);

      assertThat(r)
          .as(name)
          .isEqualTo(
              Result.err(
                  Issue.error(
                      IoCodes.UNSUPPORTED_FORMAT,
                      "",
                      "unsupported file type: " + name,
                      name,
                      ".json or .xlsx")));
      assertThat(in.available()).isEqualTo(2);
    }
  }

  @Test
  void load_overTheSizeLimit_sameFileTooLargeIssueAsFromFile() throws IOException {
    byte[] big = new byte[(int) Limits.MAX_BYTES + 1];
    Arrays.fill(big, (byte) ' ');
    for (String name : List.of("big.json", "big.xlsx")) {
      Path file = tmp.resolve(name);
      Files.write(file, big);

      Result<Inventory> r = sameBothWays(file);

      assertThat(r).isEqualTo(Result.err(Limits.tooLarge(name)));
    }
  }

  @Test
  void load_failingStream_isUnreadable() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("connection reset");
          }
        };

    Result<Inventory> r = Documents.load(failing, "upload.xlsx", LIBRARY);

    assertThat(r.issues())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.code()).isEqualTo(IoCodes.UNREADABLE);
              assertThat(i.message()).isEqualTo("upload.xlsx: cannot be read: connection reset");
            });
  }

  /**
   * Loads the file both ways, asserts equal results (and, when valid, equal re-serialised JSON),
   * and returns the result.
   */
  private static Result<Inventory> sameBothWays(Path file) throws IOException {
    Result<Inventory> fromFile = Documents.load(file, LIBRARY);
    Result<Inventory> fromStream;
    try (InputStream in = Files.newInputStream(file)) {
      fromStream = Documents.load(in, file.getFileName().toString(), LIBRARY);
    }
    assertThat(fromStream.issues()).as(file.toString()).isEqualTo(fromFile.issues());
    assertThat(fromStream).as(file.toString()).isEqualTo(fromFile);
    if (fromFile instanceof Result.Ok<Inventory> ok) {
      assertThat(json(fromStream.orElseThrow())).isEqualTo(json(ok.value()));
    }
    return fromStream;
  }

  private static Result<Inventory> load(byte[] bytes, String name) {
    return Documents.load(new ByteArrayInputStream(bytes), name, LIBRARY);
  }

  private static String json(Inventory inventory) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream o = out) {
      Documents.writeJson(inventory, o);
    }
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The repository's {@code examples/*.json}, found from the module or the repository root. */
  private static List<Path> examples() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path examples = dir.resolve("examples");
      if (Files.isDirectory(examples) && Files.exists(dir.resolve("pom.xml"))) {
        // only inventory documents: plan documents and footprint links live there too
        List<Path> files =
            files(examples, ".json").stream().filter(LoadStreamTest::isInventory).toList();
        assertThat(files).isNotEmpty();
        return files;
      }
    }
    throw new IllegalStateException("examples/ not found above the working directory");
  }

  private static boolean isInventory(Path json) {
    try {
      return "minecarbon/inventory@1"
          .equals(
              org.minecarbon.io.json.JsonCodec.mapper()
                  .readTree(Files.readString(json))
                  .path("format")
                  .asString(""));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<Path> files(Path dir, String extension) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(extension)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path resource(String name) {
    try {
      return Path.of(LoadStreamTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
