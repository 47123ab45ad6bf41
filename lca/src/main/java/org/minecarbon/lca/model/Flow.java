package org.minecarbon.lca.model;

import java.util.List;
import java.util.Optional;
import org.minecarbon.core.result.Require;

/**
 * A flow, identified by {@code @id} only (USLCI has synonyms and trailing spaces in names).
 *
 * @param category the category path ("Elementary flows/air/unspecified"), empty when none
 * @param cas the CAS number as given, empty when none
 */
public record Flow(
    String id,
    String name,
    FlowType type,
    String category,
    String cas,
    List<FlowPropertyFactor> properties) {
  public Flow {
    Require.notBlank(id, "flow @id");
    properties = List.copyOf(properties);
  }

  public Optional<FlowPropertyFactor> property(String propertyId) {
    return properties.stream().filter(p -> p.propertyId().equals(propertyId)).findFirst();
  }

  public Optional<FlowPropertyFactor> referenceProperty() {
    return properties.stream().filter(FlowPropertyFactor::reference).findFirst();
  }

  public boolean isElementary() {
    return type == FlowType.ELEMENTARY_FLOW;
  }
}
