package org.minecarbon.app.workflow.internal;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.inventory.Period;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.store.Store;
import org.minecarbon.store.audit.AuditEntry;
import tools.jackson.databind.JsonNode;

/**
 * Separation of duties on the year (issue 11): who entered or reviewed a year's data, read from the
 * audit trail, so that a different person verifies it. Counted: whoever created, changed or deleted
 * a row of the year, imported a document into the enterprise (an import may change every year), or
 * submitted or reviewed the year (any version).
 */
final class Duties {
  private Duties() {}

  static Set<String> enteredOrReviewed(Store store, long enterpriseId, int year) {
    Set<String> people = new TreeSet<>();
    for (AuditEntry e :
        store.audit().ofEnterprise(enterpriseId, List.of("row", "import", "period"))) {
      boolean counts =
          switch (e.entity()) {
            case "row" -> year(e.before()) == year || year(e.after()) == year;
            case "import" -> true;
            case "period" ->
                e.entityId().equals(String.valueOf(year))
                    && (e.action().equals("submit") || e.action().equals("review"));
            default -> false;
          };
      if (counts) {
        people.add(e.actor());
      }
    }
    return people;
  }

  private static int year(@Nullable String json) {
    if (json == null) {
      return -1;
    }
    JsonNode doc = JsonCodec.mapper().readTree(json);
    return Period.parse(doc.path("period").asString("")).map(Period::year).orElse(-1);
  }
}
