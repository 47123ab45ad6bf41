package org.minecarbon.io.workbook.internal;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.minecarbon.io.table.Limits;

/**
 * Streams one worksheet (or shared strings) part and counts rows, row widths (the last column used,
 * as POI pads rows to it) and cells, and notices text longer than {@link Limits#MAX_TEXT_LENGTH}.
 */
final class SheetCounter {
  private SheetCounter() {}

  /** Rows, cells (sum of row widths) and the widest row of one part. */
  record Count(long rows, long cells, long widest) {}

  static Count count(XMLInputFactory factory, InputStream in, Runnable tooLongText)
      throws XMLStreamException {
    XMLStreamReader xml = factory.createXMLStreamReader(in);
    long rows = 0;
    long cells = 0;
    long widest = 0;
    long width = 0;
    long text = 0;
    boolean reported = false;
    try {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          text = 0;
          String local = xml.getLocalName();
          if (local.equals("row")) {
            rows++;
            width = 0;
          } else if (local.equals("c")) {
            width = Math.max(width + 1, column(xml.getAttributeValue(null, "r")));
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          text = 0;
          if (xml.getLocalName().equals("row")) {
            cells += width;
            widest = Math.max(widest, width);
          }
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
          text += xml.getTextLength();
          if (text > Limits.MAX_TEXT_LENGTH && !reported) {
            reported = true;
            tooLongText.run();
          }
        }
      }
    } finally {
      xml.close();
    }
    return new Count(rows, cells, widest);
  }

  /** 1-based column of a cell reference such as {@code AB12}; 0 when there is none. */
  static long column(@org.jspecify.annotations.Nullable String ref) {
    if (ref == null) {
      return 0;
    }
    long col = 0;
    for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)) && col < 1 << 20; i++) {
      col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
    }
    return col;
  }
}
