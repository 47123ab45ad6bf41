package org.minecarbon.core.factor;

import java.util.List;
import java.util.Map;
import org.minecarbon.core.text.Coded;

/**
 * One entry of a code vocabulary (fuel, carbonate, gas component, grid region).
 *
 * @param code canonical code used in documents and factor keys
 * @param zh Chinese name
 * @param en English name
 * @param aliases other accepted spellings (Chinese names among them)
 * @param attributes further columns of the vocabulary file (e.g. {@code basis}, {@code carbon})
 */
public record CodeEntry(
    String code, String zh, String en, List<String> aliases, Map<String, String> attributes)
    implements Coded {
  public CodeEntry {
    aliases = List.copyOf(aliases);
    attributes = Map.copyOf(attributes);
  }

  public String attribute(String name) {
    return attributes.getOrDefault(name, "");
  }
}
