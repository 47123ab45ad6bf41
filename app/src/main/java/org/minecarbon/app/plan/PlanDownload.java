package org.minecarbon.app.plan;

/**
 * A file made from a plan run.
 *
 * @param fileName the download name (enterprise, plan, version)
 * @param content the file's bytes
 */
public record PlanDownload(String fileName, byte[] content) {
  public PlanDownload {
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PlanDownload d
        && d.fileName.equals(fileName)
        && java.util.Arrays.equals(d.content, content);
  }

  @Override
  public int hashCode() {
    return fileName.hashCode() * 31 + java.util.Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return "PlanDownload[" + fileName + ", " + content.length + " bytes]";
  }
}
