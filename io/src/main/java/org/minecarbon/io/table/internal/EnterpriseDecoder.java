package org.minecarbon.io.table.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Severity;
import org.minecarbon.io.table.EnterpriseKeys;
import org.minecarbon.io.table.Layout.Column;
import org.minecarbon.io.table.Table;
import org.minecarbon.io.table.TableDecoder;
import tools.jackson.databind.node.ObjectNode;

/**
 * Decodes the key/value enterprise sheet into {@code format}, {@code enterprise}, {@code settings}.
 */
public final class EnterpriseDecoder {
  private final ObjectNode root;
  private final Map<String, String> locations;
  private final List<Issue> issues;
  private final TableDecoder.Locator locator;

  public EnterpriseDecoder(
      ObjectNode root,
      Map<String, String> locations,
      List<Issue> issues,
      TableDecoder.Locator locator) {
    this.root = root;
    this.locations = locations;
    this.issues = issues;
    this.locator = locator;
  }

  public void decode(Table t, Column[] columns) {
    int keyCol = index(columns, "key", 0);
    int valueCol = index(columns, "value", 1);
    String valueHeader = valueCol < t.header().size() ? t.header().get(valueCol).strip() : "value";
    root.putObject("enterprise");
    for (Table.Row row : t.rows()) {
      String key = row.cell(keyCol).strip();
      String value = row.cell(valueCol).strip();
      Optional<EnterpriseKeys> k = EnterpriseKeys.forKey(key);
      if (k.isEmpty()) {
        if (!key.isEmpty()) {
          issues.add(unknownKey(t, row, key));
        }
        continue;
      }
      String where = locator.at(t.name(), row.number(), valueHeader);
      locations.put(k.get().pointer(), where);
      if (!value.isEmpty()) {
        ObjectNode parent = k.get().parent().isEmpty() ? root : object(k.get().parent());
        parent.put(k.get().key(), value);
      }
    }
  }

  private ObjectNode object(String name) {
    return root.has(name) ? (ObjectNode) root.get(name) : root.putObject(name);
  }

  private static int index(Column[] columns, String name, int fallback) {
    for (int i = 0; i < columns.length; i++) {
      if (columns[i] != null && columns[i].name().equals(name)) {
        return i;
      }
    }
    return fallback;
  }

  private Issue unknownKey(Table t, Table.Row row, String key) {
    return new Issue(
        Codes.UNKNOWN_FIELD,
        Severity.WARNING,
        "\"" + key + "\" is not an enterprise field; ignored",
        "",
        key,
        String.join(
            ", ",
            java.util.Arrays.stream(EnterpriseKeys.values()).map(EnterpriseKeys::key).toList()),
        locator.at(t.name(), row.number(), t.header().isEmpty() ? "key" : t.header().get(0)));
  }
}
