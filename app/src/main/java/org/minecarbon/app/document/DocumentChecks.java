package org.minecarbon.app.document;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.inventory.InventoryValidator;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.Documents;
import org.minecarbon.io.json.InventoryReader;
import tools.jackson.databind.JsonNode;

/**
 * Reading and validating documents exactly as the CLI does: uploaded bytes go through io's {@link
 * Documents#load(java.io.InputStream, String, FactorLibrary)} (structure, then core's
 * InventoryValidator; workbook issues carry sheet/row/column); stored trees through io's {@link
 * InventoryReader} plus the validator.
 */
public final class DocumentChecks {
  private DocumentChecks() {}

  /**
   * Reads and fully validates uploaded bytes, in memory (no temporary file); the file name's
   * extension picks the format ({@code .json} or {@code .xlsx}), as io's {@link Documents#load}.
   */
  public static Result<Inventory> load(byte[] bytes, String fileName, FactorLibrary library) {
    return Documents.load(new ByteArrayInputStream(bytes), safeName(fileName), library);
  }

  /**
   * {@link #load(byte[], String, FactorLibrary)}, handing a JSON upload's parsed tree to {@code
   * parsed} (io's {@link Documents#load(java.io.InputStream, String, FactorLibrary,
   * java.util.function.Consumer)}).
   */
  public static Result<Inventory> load(
      byte[] bytes,
      String fileName,
      FactorLibrary library,
      java.util.function.Consumer<JsonNode> parsed) {
    return Documents.load(new ByteArrayInputStream(bytes), safeName(fileName), library, parsed);
  }

  /** Reads a document tree and validates it: every issue, errors and warnings. */
  public static Result<Inventory> check(JsonNode tree, FactorLibrary library) {
    return InventoryReader.read(tree, false)
        .flatMap(inv -> Result.of(inv, InventoryValidator.validate(inv, library)));
  }

  /** The inventory of a stored tree, or the errors that keep it from reading. */
  public static Inventory inventory(JsonNode tree, FactorLibrary library) {
    return checked(tree, library).inventory();
  }

  /**
   * An inventory read and validated once, with what validation found (warnings only), so that the
   * balance need not validate it a second time.
   */
  public record Checked(Inventory inventory, List<Issue> validation) {
    public Checked {
      validation = List.copyOf(validation);
    }
  }

  /**
   * Reads a stored tree and validates it once.
   *
   * @throws InvalidInputException with every error when it does not read or validate
   */
  public static Checked checked(JsonNode tree, FactorLibrary library) {
    return validated(read(tree), library);
  }

  /**
   * Reads a stored tree (structure only).
   *
   * @throws InvalidInputException with every error when it does not read
   */
  public static Inventory read(JsonNode tree) {
    Result<Inventory> read = InventoryReader.read(tree, false);
    if (!(read instanceof Result.Ok<Inventory> ok)) {
      throw new InvalidInputException("the stored inventory has errors", read.errors());
    }
    return ok.value();
  }

  /**
   * Validates an inventory once.
   *
   * @throws InvalidInputException with every error
   */
  public static Checked validated(Inventory inventory, FactorLibrary library) {
    List<Issue> validation = InventoryValidator.validate(inventory, library);
    InvalidInputException.throwOnErrors(
        "the stored inventory has errors", validation.stream().filter(Issue::isError).toList());
    return new Checked(inventory, validation);
  }

  /**
   * The issues about one part of a document ({@code /activities/4}), with pointers made relative to
   * that part ({@code /unit}), so that they point into the request body that carried it.
   */
  public static List<Issue> issuesUnder(List<Issue> issues, String prefix) {
    List<Issue> out = new ArrayList<>();
    for (Issue i : issues) {
      String p = i.pointer();
      if (p.equals(prefix) || p.startsWith(prefix + "/")) {
        out.add(
            new Issue(
                i.code(),
                i.severity(),
                i.message(),
                p.substring(prefix.length()),
                i.value(),
                i.expected(),
                i.location()));
      }
    }
    return out;
  }

  /** The last path segment, without characters a file system could take as a path. */
  public static String safeName(String fileName) {
    String base = fileName.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._ -]", "_");
    return base.isBlank() || base.startsWith(".") ? "upload" + base : base;
  }
}
