package org.minecarbon.app.report;

import org.minecarbon.core.result.Require;

/**
 * A report document and the name to save it under ({@code 示例煤业-2024-v2-核证.pdf}).
 *
 * @param name file name from the enterprise name, the year(s) and the version or draft status
 * @param bytes the document
 */
public record ReportFile(String name, byte[] bytes) {
  public ReportFile {
    Require.notBlank(name, "name");
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }
}
