package org.minecarbon.app.footprint.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.access.Tenancy;
import org.minecarbon.app.footprint.FootprintCodes;
import org.minecarbon.app.footprint.LinksView;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.footprint.LinksReader;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.lca.footprint.Links;
import org.minecarbon.store.Store;
import org.minecarbon.store.footprint.LcaDatabaseRecord;
import org.minecarbon.store.footprint.LinksRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An enterprise's {@code LINKS.json}, validated by io's {@link LinksReader} exactly as the CLI's
 * {@code --links} file (every problem with its pointer), and the database it points into.
 */
final class FootprintLinks {
  private final Store store;
  private final Tenancy tenancy;

  FootprintLinks(Store store, Tenancy tenancy) {
    this.store = store;
    this.tenancy = tenancy;
  }

  /** The links and database a footprint uses (none when no database is chosen). */
  record Chosen(@Nullable Links links, @Nullable LcaDatabaseRecord database, String json) {}

  LinksView view(long enterpriseId) {
    tenancy.enterprise(enterpriseId);
    return store
        .footprints()
        .links(enterpriseId)
        .map(
            r ->
                new LinksView(
                    enterpriseId,
                    r.databaseId(),
                    JsonCodec.mapper().readTree(r.linksJson()),
                    r.updatedBy(),
                    r.updatedAt()))
        .orElseGet(() -> new LinksView(enterpriseId, null, empty(), null, null));
  }

  LinksView save(long enterpriseId, @Nullable Long databaseId, JsonNode document) {
    tenancy.enterprise(enterpriseId);
    tenancy.requireWholeEnterprise(enterpriseId, "editing the footprint links");
    Result<Links> read = LinksReader.read(document);
    List<Issue> issues = new java.util.ArrayList<>(read.errors());
    if (databaseId != null
        && store.footprints().database(tenancy.groupId(), databaseId).isEmpty()) {
      issues.add(
          Issue.error(
              FootprintCodes.UNKNOWN_DATABASE,
              "/databaseId",
              "no such background database in your group",
              databaseId,
              "a database of the group"));
    }
    InvalidInputException.throwOnErrors("the links have errors", issues);
    store.footprints().saveLinks(enterpriseId, databaseId, document.toString(), actorName());
    return view(enterpriseId);
  }

  Chosen chosen(long enterpriseId) {
    LinksRecord r = store.footprints().links(enterpriseId).orElse(null);
    if (r == null || r.databaseId() == null) {
      return new Chosen(null, null, r == null ? "" : r.linksJson());
    }
    LcaDatabaseRecord db =
        store.footprints().database(tenancy.groupId(), r.databaseId()).orElse(null);
    Result<Links> read = LinksReader.read(JsonCodec.mapper().readTree(r.linksJson()));
    if (!(read instanceof Result.Ok<Links> ok)) {
      throw new InvalidInputException("the stored links have errors", read.issues());
    }
    return new Chosen(db == null ? null : ok.value(), db, r.linksJson());
  }

  private String actorName() {
    return tenancy.actor().name();
  }

  static ObjectNode empty() {
    ObjectNode n = JsonCodec.mapper().createObjectNode();
    n.put("format", Links.FORMAT);
    n.putArray("links");
    return n;
  }
}
