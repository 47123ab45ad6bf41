package org.minecarbon.planning.zone;

import java.util.List;
import org.minecarbon.planning.catalogue.TargetTemplate;

/**
 * The target template of a seed-004 zone.
 *
 * @param targets contract targets in the short form of {@code targets.csv}
 * @param paths the seed-004 paths the zone stresses (碳减排, 碳替代, 碳封存, 碳循环)
 * @param source the seed-004 passages, cited
 */
public record ZoneTemplate(
    Zone zone,
    String id,
    String zh,
    String en,
    String targets,
    List<String> paths,
    String guidanceZh,
    String guidanceEn,
    String source) {
  public ZoneTemplate {
    paths = List.copyOf(paths);
    if (targets.isBlank() || source.isBlank()) {
      throw new IllegalArgumentException("zone template " + id + " needs targets and a source");
    }
  }

  /** As a plain target template (what the plan editor instantiates). */
  public TargetTemplate asTargetTemplate() {
    return new TargetTemplate(id, zh, en, targets, source);
  }
}
