package org.minecarbon.io.workbook.internal;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Worksheet part name ({@code xl/worksheets/sheet1.xml}) → sheet name, from workbook.xml. */
final class SheetNames {
  private static final String REL_NS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  private SheetNames() {}

  /** The names found; empty (or partial) when the parts are missing or malformed. */
  static Map<String, String> of(XMLInputFactory factory, byte[] workbook, byte[] rels) {
    Map<String, String> idToName = new HashMap<>();
    Map<String, String> partToName = new HashMap<>();
    try {
      each(
          factory,
          workbook,
          "sheet",
          x -> idToName.put(x.getAttributeValue(REL_NS, "id"), x.getAttributeValue(null, "name")));
      each(
          factory,
          rels,
          "Relationship",
          x -> {
            String target = String.valueOf(x.getAttributeValue(null, "Target"));
            String part = target.startsWith("/") ? target.substring(1) : "xl/" + target;
            String name = idToName.get(x.getAttributeValue(null, "Id"));
            if (name != null) {
              partToName.put(part, name);
            }
          });
    } catch (XMLStreamException | RuntimeException e) {
      // names are only for messages: fall back to part names
    }
    return partToName;
  }

  private interface Element {
    void at(XMLStreamReader xml);
  }

  private static void each(XMLInputFactory factory, byte[] xml, String local, Element action)
      throws XMLStreamException {
    if (xml.length == 0) {
      return;
    }
    XMLStreamReader r = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
    try {
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals(local)) {
          action.at(r);
        }
      }
    } finally {
      r.close();
    }
  }
}
