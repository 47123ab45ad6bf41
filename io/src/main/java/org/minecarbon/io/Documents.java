package org.minecarbon.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.csv.CsvFolder;
import org.minecarbon.io.json.InventoryReader;
import org.minecarbon.io.json.InventoryWriter;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.io.table.Limits;
import org.minecarbon.io.table.Table;
import org.minecarbon.io.table.TableDecoder;
import org.minecarbon.io.table.TableEncoder;
import org.minecarbon.io.table.TableInventories;
import org.minecarbon.io.table.TableInventories.Located;
import org.minecarbon.io.workbook.WorkbookReader;
import org.minecarbon.io.workbook.WorkbookWriter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Entry point for inventory documents in every supported form: JSON ({@code .json}), XLSX workbook
 * ({@code .xlsx}) and a folder of CSV files (a directory). Readers report every problem with its
 * JSON Pointer (and, for workbooks, sheet/row/column); nothing is returned from an invalid
 * document. A workbook or CSV folder is turned into the same tree as the JSON document and read by
 * the same code, so all forms are validated identically. Input beyond the limits in {@link Limits}
 * (20 MB files, 200,000 rows, JSON depth and text length, XLSX inflated size and cells) is refused
 * with one issue naming the limit. An uploaded JSON or XLSX document is read from its stream by
 * {@link #load(InputStream, String, FactorLibrary)} through the same code as a file.
 */
public final class Documents {
  private Documents() {}

  /**
   * Reads a document, choosing the format by extension (directory = CSV folder). Structural checks
   * only.
   */
  public static Result<Inventory> read(Path path) {
    return readLocated(path).result();
  }

  /**
   * Reads and fully validates a document: structure, then {@code InventoryValidator} against the
   * library (unknown fuel, site, grid, fractions…); workbook issues carry sheet/row/column.
   */
  public static Result<Inventory> load(Path path, FactorLibrary library) {
    return validated(readLocated(path), library);
  }

  /**
   * Reads and fully validates a document from a stream, exactly as {@link #load(Path,
   * FactorLibrary)} reads a file of that name: nothing is staged in a temporary file. The extension
   * of {@code name} (case-insensitive) picks the format: {@code .json} or {@code .xlsx} only, since
   * a CSV folder can only be read from a {@link Path}; any other name (or none) is one {@link
   * IoCodes#UNSUPPORTED_FORMAT} issue ({@code "unsupported file type: <name>"}, expected {@code
   * .json or .xlsx}), the stream left unread. The same {@link Limits} apply as to a file: at most
   * {@link Limits#MAX_BYTES} are read into memory (more is one {@link IoCodes#FILE_TOO_LARGE}
   * issue), a workbook is pre-scanned for zip bombs, rows, columns, cells and text length before
   * POI reads it, and issues carry the same pointers and, for workbooks, sheet/row/column
   * locations. The stream is not closed.
   *
   * @param name the file name the bytes came from (an upload's name), used for the format and in
   *     messages
   */
  public static Result<Inventory> load(InputStream in, String name, FactorLibrary library) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    return validated(readLocated(in, name), library);
  }

  /**
   * Reads and fully validates like {@link #load(InputStream, String, FactorLibrary)}, handing the
   * parsed tree of a JSON document to {@code parsed} before it is read (for a caller that needs
   * more of the upload than the inventory carries, without parsing it a second time). Not called
   * for a workbook or a document that does not parse.
   */
  public static Result<Inventory> load(
      InputStream in, String name, FactorLibrary library, Consumer<JsonNode> parsed) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    if (Format.ofExtension(name) != Format.JSON) {
      return load(in, name, library);
    }
    Result<Inventory> read =
        Limits.readAll(in, name)
            .flatMap(bytes -> JsonCodec.parse(bytes, name))
            .flatMap(
                tree -> {
                  parsed.accept(tree);
                  return rowLimits(tree, name);
                })
            .flatMap(tree -> InventoryReader.read(tree, false));
    return validated(Located.json(read), library);
  }

  /**
   * Reads and fully validates an uploaded document like {@link #load(InputStream, String,
   * FactorLibrary)}, letting {@code adjust} change the document tree before it is read and
   * validated: a row import into an existing enterprise puts the enterprise's own header (name,
   * settings) and sites in place of the file's, so the rows are checked exactly as they will be
   * stored. Issues keep their pointers and workbook locations. A file with no activity or sink row
   * is no error here ({@code EMPTY_DOCUMENT} is left out): a row import may carry production rows
   * only, and the document the import leaves is checked as a whole by the caller.
   */
  public static Result<Inventory> loadRows(
      InputStream in, String name, FactorLibrary library, Consumer<ObjectNode> adjust) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    Format format = Format.ofExtension(name);
    if (format != Format.JSON && format != Format.XLSX) {
      return readLocated(in, name).result();
    }
    Located located =
        format == Format.JSON
            ? Located.json(
                Limits.readAll(in, name)
                    .flatMap(bytes -> JsonCodec.parse(bytes, name))
                    .flatMap(tree -> rowLimits(tree, name))
                    .flatMap(tree -> adjusted(tree, adjust)))
            : readXlsxLocated(in, name, adjust);
    Result<Inventory> r = validated(located, library);
    List<Issue> kept =
        r.issues().stream().filter(i -> !i.code().equals(Codes.EMPTY_DOCUMENT)).toList();
    return r instanceof Result.Ok<Inventory> ok
        ? Result.of(ok.value(), kept)
        : located.result().flatMap(inv -> Result.of(inv, kept));
  }

  private static Result<Inventory> adjusted(JsonNode tree, Consumer<ObjectNode> adjust) {
    if (tree instanceof ObjectNode o) {
      adjust.accept(o);
    }
    return InventoryReader.read(tree, false);
  }

  /** Semantic checks of a structurally valid document, placed at their workbook/CSV location. */
  private static Result<Inventory> validated(Located located, FactorLibrary library) {
    return located
        .result()
        .flatMap(
            inv ->
                Result.of(
                    inv,
                    TableDecoder.locate(Validation.validate(inv, library), located.locations())));
  }

  public static Result<Inventory> readJson(InputStream in, String name) {
    return Limits.readAll(in, name)
        .flatMap(bytes -> JsonCodec.parse(bytes, name))
        .flatMap(tree -> rowLimits(tree, name))
        .flatMap(tree -> InventoryReader.read(tree, false));
  }

  /** Each row array ({@code /activities}…) holds at most {@link Limits#MAX_ROWS} rows. */
  static Result<JsonNode> rowLimits(JsonNode tree, String name) {
    List<Issue> issues = new java.util.ArrayList<>();
    for (String array : List.of("sites", "activities", "sinks", "production")) {
      JsonNode rows = tree.path(array);
      if (rows.isArray() && rows.size() > Limits.MAX_ROWS) {
        issues.add(Limits.tooManyRows(name + " /" + array, rows.size(), "/" + array));
      }
    }
    return issues.isEmpty() ? Result.ok(tree) : Result.err(issues);
  }

  public static Result<Inventory> readXlsx(InputStream in, String name) {
    return readXlsxLocated(in, name).result();
  }

  public static Result<Inventory> readCsvFolder(Path dir) {
    return CsvFolder.read(dir).result();
  }

  /** Writes a document, choosing the format by extension (no extension = CSV folder). */
  public static void write(Inventory inventory, Path path) throws IOException {
    switch (Format.of(path)) {
      case JSON -> {
        try (OutputStream out = Files.newOutputStream(path)) {
          writeJson(inventory, out);
        }
      }
      case XLSX -> {
        try (OutputStream out = Files.newOutputStream(path)) {
          writeXlsx(inventory, out);
        }
      }
      case CSV_FOLDER -> writeCsvFolder(inventory, path);
      case OTHER ->
          throw new IllegalArgumentException(
              "cannot write " + path + ": use .json, .xlsx or a folder name without extension");
    }
  }

  /** Pretty-printed UTF-8 JSON in contract field order; absent optionals are omitted. */
  public static void writeJson(Inventory inventory, OutputStream out) throws IOException {
    JsonCodec.write(InventoryWriter.write(inventory), out);
  }

  public static void writeXlsx(Inventory inventory, OutputStream out) throws IOException {
    WorkbookWriter.write(TableEncoder.encode(inventory), out);
  }

  /**
   * The data workbook with the Chinese template's sheet names, headers and names of products, units
   * and fuels (and its drop-downs and notes); {@link #readXlsx} reads it back to the same inventory
   * (issue 12: the export was English in the Chinese UI).
   */
  public static void writeXlsxChinese(Inventory inventory, OutputStream out) throws IOException {
    WorkbookWriter.writeTemplate(TableEncoder.encode(inventory), out);
  }

  public static void writeCsvFolder(Inventory inventory, Path dir) throws IOException {
    CsvFolder.write(inventory, dir);
  }

  /**
   * Writes the empty, annotated Chinese template: Chinese sheet names and headers, drop-down lists
   * (source types, units, sites, products and fuels by their Chinese names).
   */
  public static void writeTemplate(OutputStream out) throws IOException {
    WorkbookWriter.writeTemplate(out);
  }

  /**
   * Writes an inventory into the Chinese template (products, units and fuels by their Chinese
   * names); importing it reads back the same inventory.
   */
  public static void writeTemplate(Inventory inventory, OutputStream out) throws IOException {
    WorkbookWriter.writeTemplate(TableEncoder.encode(inventory), out);
  }

  /** The inventory document as a JSON tree (for servers that embed it in a larger response). */
  public static JsonNode toTree(Inventory inventory) {
    return InventoryWriter.write(inventory);
  }

  private static Located readLocated(Path path) {
    Format format = Format.of(path);
    if (format == Format.CSV_FOLDER) {
      return CsvFolder.read(path);
    }
    if (!Files.exists(path)) {
      return failed(IoCodes.FILE_NOT_FOUND, "no such file: " + path, path);
    }
    if (format == Format.OTHER) {
      return failed(IoCodes.UNSUPPORTED_FORMAT, "unsupported file type: " + path, path);
    }
    try (InputStream in = Files.newInputStream(path)) {
      return readLocated(in, format, path.getFileName().toString());
    } catch (IOException e) {
      return failed(IoCodes.UNREADABLE, path + " cannot be read: " + e.getMessage(), path);
    }
  }

  /** A JSON or XLSX document from a stream; the name's extension picks the format. */
  private static Located readLocated(InputStream in, String name) {
    Format format = Format.ofExtension(name);
    if (format != Format.JSON && format != Format.XLSX) {
      return Located.json(
          Result.err(
              Issue.error(
                  IoCodes.UNSUPPORTED_FORMAT,
                  "",
                  "unsupported file type: " + name,
                  name,
                  ".json or .xlsx")));
    }
    return readLocated(in, format, name);
  }

  /** The one reading path of both {@code load}s and {@code read} for JSON and XLSX. */
  private static Located readLocated(InputStream in, Format format, String name) {
    return format == Format.JSON ? Located.json(readJson(in, name)) : readXlsxLocated(in, name);
  }

  private static Located readXlsxLocated(InputStream in, String name) {
    return readXlsxLocated(in, name, tree -> {});
  }

  private static Located readXlsxLocated(InputStream in, String name, Consumer<ObjectNode> adjust) {
    Result<List<Table>> tables =
        Limits.readAll(in, name).flatMap(bytes -> WorkbookReader.read(bytes, name));
    if (!(tables instanceof Result.Ok<List<Table>> ok)) {
      return Located.json(Result.err(tables.issues()));
    }
    return TableInventories.read(ok.value(), WorkbookReader::locate, adjust);
  }

  private static Located failed(String code, String message, Path path) {
    String expected = code.equals(IoCodes.UNSUPPORTED_FORMAT) ? ".json, .xlsx or a folder" : "";
    return Located.json(Result.err(Issue.error(code, "", message, path, expected)));
  }

  private enum Format {
    JSON,
    XLSX,
    CSV_FOLDER,
    OTHER;

    static Format of(Path path) {
      if (Files.isDirectory(path)) {
        return CSV_FOLDER;
      }
      String name = path.getFileName() == null ? "" : path.getFileName().toString();
      return name.lastIndexOf('.') <= 0 ? CSV_FOLDER : ofExtension(name);
    }

    /** By the extension of a file name alone (case-insensitive); no extension is OTHER. */
    static Format ofExtension(String name) {
      int dot = name.lastIndexOf('.');
      if (dot <= 0) {
        return OTHER;
      }
      return switch (name.substring(dot + 1).toLowerCase(Locale.ROOT)) {
        case "json" -> JSON;
        case "xlsx" -> XLSX;
        default -> OTHER;
      };
    }
  }
}
