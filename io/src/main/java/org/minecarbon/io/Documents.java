package org.minecarbon.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.result.Result;

/**
 * Entry point for inventory documents in every supported form: JSON ({@code .json}), XLSX workbook
 * ({@code .xlsx}) and a folder of CSV files (a directory). Readers report every problem with its
 * JSON Pointer (and, for workbooks, sheet/row/column); nothing is returned from an invalid
 * document.
 */
public final class Documents {
  private Documents() {}

  /**
   * Reads a document, choosing the format by extension (directory = CSV folder). Structural checks
   * only.
   */
  public static Result<Inventory> read(Path path) {
    throw new UnsupportedOperationException("TODO");
  }

  /**
   * Reads and fully validates a document: structure, then {@code InventoryValidator} against the
   * library (unknown fuel, site, grid, fractions…); workbook issues carry sheet/row/column.
   */
  public static Result<Inventory> load(Path path, FactorLibrary library) {
    throw new UnsupportedOperationException("TODO");
  }

  public static Result<Inventory> readJson(InputStream in, String name) {
    throw new UnsupportedOperationException("TODO");
  }

  public static Result<Inventory> readXlsx(InputStream in, String name) {
    throw new UnsupportedOperationException("TODO");
  }

  public static Result<Inventory> readCsvFolder(Path dir) {
    throw new UnsupportedOperationException("TODO");
  }

  /** Writes a document, choosing the format by extension (no extension = CSV folder). */
  public static void write(Inventory inventory, Path path) throws IOException {
    throw new UnsupportedOperationException("TODO");
  }

  public static void writeJson(Inventory inventory, OutputStream out) throws IOException {
    throw new UnsupportedOperationException("TODO");
  }

  public static void writeXlsx(Inventory inventory, OutputStream out) throws IOException {
    throw new UnsupportedOperationException("TODO");
  }

  public static void writeCsvFolder(Inventory inventory, Path dir) throws IOException {
    throw new UnsupportedOperationException("TODO");
  }

  /** Writes an empty, annotated workbook with drop-down lists for codes. */
  public static void writeTemplate(OutputStream out) throws IOException {
    throw new UnsupportedOperationException("TODO");
  }
}
