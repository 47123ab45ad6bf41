package org.minecarbon.app.document;

/** Formats an inventory document can be exported in. */
public enum ExportFormat {
  JSON("application/json", "json"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  /**
   * XLSX as a Chinese user reads it (issue 12): the template's Chinese sheet names and headers and
   * Chinese names of products, units and fuels; the importer reads it back to the same rows.
   */
  XLSX_ZH("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

  private final String mediaType;
  private final String extension;

  ExportFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }
}
