package org.minecarbon.io.workbook.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import org.minecarbon.core.result.Issue;
import org.minecarbon.io.table.Limits;

/**
 * Checks an XLSX file against {@link Limits} before POI loads it: every zip entry is inflated
 * through a counter that stops at {@link Limits#MAX_INFLATED_BYTES} (a zip bomb is refused after
 * reading at most that much, in bounded memory), and every worksheet is streamed (StAX, no DTDs)
 * counting rows, row widths, cells and text length. Sheets are named as in the workbook.
 */
public final class WorkbookScan {
  private static final XMLInputFactory XML = xmlFactory();

  private final String name;
  private final List<Issue> issues = new ArrayList<>();
  private final Map<String, SheetCounter.Count> sheets = new LinkedHashMap<>();
  private byte[] workbookXml = new byte[0];
  private byte[] workbookRels = new byte[0];
  private long inflated;

  private WorkbookScan(String name) {
    this.name = name;
  }

  /**
   * Every limit breached by the file (empty when within the limits, or when it is no zip at all:
   * POI then reports it unreadable).
   */
  public static List<Issue> scan(byte[] bytes, String name) {
    WorkbookScan scan = new WorkbookScan(name);
    try {
      scan.entries(bytes);
    } catch (IOException | RuntimeException e) {
      if (scan.issues.isEmpty()) {
        return List.of(); // malformed: POI's reading reports it with its own message
      }
    }
    scan.sheetLimits();
    return scan.issues;
  }

  private void entries(byte[] bytes) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        Bounded in = new Bounded(zip, Limits.MAX_INFLATED_BYTES - inflated);
        try {
          entry(e.getName(), in);
        } catch (XMLStreamException x) {
          // malformed XML (or cut off by the budget): POI reports the former; keep counting the
          // inflated bytes of every entry so that a bomb behind a broken part is refused too
        }
        in.transferTo(OutputStreamNull.INSTANCE);
        inflated += in.count;
        if (in.exceeded) {
          issues.add(bomb(e.getName()));
          return;
        }
      }
    }
  }

  private void entry(String part, Bounded in) throws IOException, XMLStreamException {
    if (part.equals("xl/workbook.xml")) {
      workbookXml = in.readNBytes((int) Math.min(Limits.MAX_BYTES, Integer.MAX_VALUE - 8));
    } else if (part.equals("xl/_rels/workbook.xml.rels")) {
      workbookRels = in.readNBytes((int) Math.min(Limits.MAX_BYTES, Integer.MAX_VALUE - 8));
    } else if (part.startsWith("xl/worksheets/") && part.endsWith(".xml")) {
      sheets.put(part, SheetCounter.count(XML, in, () -> tooLongText(part)));
    } else if (part.equals("xl/sharedStrings.xml")) {
      SheetCounter.count(XML, in, () -> tooLongText(part));
    }
  }

  private void tooLongText(String part) {
    if (issues.stream().noneMatch(i -> i.message().contains(part))) {
      issues.add(
          Limits.exceeded(
              name + " part " + part + " holds a text longer than " + Limits.MAX_TEXT_LENGTH,
              Limits.MAX_TEXT_LENGTH + " characters in one cell"));
    }
  }

  private Issue bomb(String part) {
    return Limits.exceeded(
        name
            + " part "
            + part
            + " inflates to more than "
            + Limits.MAX_INFLATED_BYTES / (1024 * 1024)
            + " MB (a zip bomb?)",
        Limits.MAX_INFLATED_BYTES / (1024 * 1024) + " MB of inflated workbook parts");
  }

  private void sheetLimits() {
    Map<String, String> names = SheetNames.of(XML, workbookXml, workbookRels);
    long cells = 0;
    for (Map.Entry<String, SheetCounter.Count> e : sheets.entrySet()) {
      String where = name + " sheet " + names.getOrDefault(e.getKey(), e.getKey());
      SheetCounter.Count c = e.getValue();
      if (c.rows() > Limits.MAX_ROWS) {
        issues.add(Limits.tooManyRows(where, c.rows()));
      }
      if (c.widest() > Limits.MAX_COLUMNS) {
        issues.add(
            Limits.exceeded(
                where + " has a row " + c.widest() + " columns wide",
                Limits.MAX_COLUMNS + " columns"));
      }
      cells += c.cells();
    }
    if (cells > Limits.MAX_CELLS) {
      issues.add(
          Limits.exceeded(
              name + " has " + cells + " cells", Limits.MAX_CELLS + " cells in one workbook"));
    }
  }

  private static XMLInputFactory xmlFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    return f;
  }

  /** Counts inflated bytes and stops (reporting end of data) past its budget. */
  static final class Bounded extends InputStream {
    private final InputStream in;
    private final long budget;
    long count;
    boolean exceeded;

    Bounded(InputStream in, long budget) {
      this.in = in;
      this.budget = budget;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (count > budget) {
        exceeded = true;
        return -1;
      }
      int n = in.read(b, off, (int) Math.min(len, budget + 1 - count));
      count += Math.max(n, 0);
      return n;
    }

    @Override
    public void close() {
      // the zip stream stays open for the next entry
    }
  }

  /** Discards what it is given. */
  static final class OutputStreamNull extends java.io.OutputStream {
    static final OutputStreamNull INSTANCE = new OutputStreamNull();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }
}
