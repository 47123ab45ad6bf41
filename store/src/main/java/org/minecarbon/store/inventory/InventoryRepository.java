package org.minecarbon.store.inventory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.json.InventoryReader;
import org.minecarbon.store.StaleVersionException;
import org.minecarbon.store.StoreException;
import org.minecarbon.store.internal.Jdbc;
import org.minecarbon.store.internal.Trees;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Enterprises, their sites and reporting periods, and whole inventory documents. A stored
 * enterprise becomes an {@link Inventory} by assembling its document tree and reading it with io's
 * {@link InventoryReader}: there is no second mapping between the database and the model.
 */
public final class InventoryRepository {
  private static final String ENTERPRISE_COLUMNS = "id, group_id, name, header, version";
  private static final String SITE_COLUMNS = "id, enterprise_id, code, position, doc, version";

  private final Jdbc jdbc;
  private final RowRepository rows;

  public InventoryRepository(Jdbc jdbc, RowRepository rows) {
    this.jdbc = jdbc;
    this.rows = rows;
  }

  // --- enterprises

  /** Creates an enterprise from a header {@code {"enterprise":{…},"settings":{…}}}. */
  public long createEnterprise(long groupId, ObjectNode header) {
    return jdbc.insert(
        "INSERT INTO enterprise (group_id, name, header) VALUES (?, ?, ?)",
        groupId,
        nameOf(header),
        Trees.text(header));
  }

  public Optional<EnterpriseRecord> enterprise(long id) {
    return jdbc.queryOne(
        "SELECT " + ENTERPRISE_COLUMNS + " FROM enterprise WHERE id = ?",
        InventoryRepository::enterprise,
        id);
  }

  public List<EnterpriseRecord> enterprises(long groupId) {
    return jdbc.query(
        "SELECT " + ENTERPRISE_COLUMNS + " FROM enterprise WHERE group_id = ? ORDER BY id",
        InventoryRepository::enterprise,
        groupId);
  }

  /**
   * Replaces the header; with an expected version, fails when someone changed it meanwhile.
   *
   * @return false when the enterprise does not exist
   */
  public boolean updateEnterprise(long id, ObjectNode header, @Nullable Long expectedVersion) {
    String sql =
        "UPDATE enterprise SET name = ?, header = ?, version = version + 1,"
            + " revision = revision + 1, updated_at = CURRENT_TIMESTAMP WHERE id = ?";
    int n =
        expectedVersion == null
            ? jdbc.update(sql, nameOf(header), Trees.text(header), id)
            : jdbc.update(
                sql + " AND version = ?", nameOf(header), Trees.text(header), id, expectedVersion);
    if (n == 0 && expectedVersion != null && enterprise(id).isPresent()) {
      throw new StaleVersionException("enterprise", id, expectedVersion);
    }
    return n > 0;
  }

  public boolean deleteEnterprise(long id) {
    return jdbc.inTransaction(
        () -> {
          // the enterprise lock first: a batch of readings holds it until its commit, and
          // meter_reading has no foreign key (V18), so its rows are deleted here, not cascaded
          jdbc.update("UPDATE enterprise SET version = version WHERE id = ?", id);
          jdbc.update("DELETE FROM meter_reading WHERE enterprise_id = ?", id);
          jdbc.update("DELETE FROM inventory_row WHERE enterprise_id = ?", id);
          jdbc.update("DELETE FROM site WHERE enterprise_id = ?", id);
          jdbc.update("DELETE FROM reporting_period WHERE enterprise_id = ?", id);
          return jdbc.update("DELETE FROM enterprise WHERE id = ?", id) > 0;
        });
  }

  // --- sites

  public List<SiteRecord> sites(long enterpriseId) {
    return jdbc.query(
        "SELECT " + SITE_COLUMNS + " FROM site WHERE enterprise_id = ? ORDER BY position, id",
        InventoryRepository::site,
        enterpriseId);
  }

  public Optional<SiteRecord> site(long enterpriseId, long siteId) {
    return jdbc.queryOne(
        "SELECT " + SITE_COLUMNS + " FROM site WHERE enterprise_id = ? AND id = ?",
        InventoryRepository::site,
        enterpriseId,
        siteId);
  }

  /** Appends a site; {@code doc.id} becomes its code. */
  public long addSite(long enterpriseId, ObjectNode doc) {
    int position =
        jdbc.queryOne(
                "SELECT COALESCE(MAX(position), -1) + 1 FROM site WHERE enterprise_id = ?",
                rs -> rs.getInt(1),
                enterpriseId)
            .orElse(0);
    long id =
        jdbc.insert(
            "INSERT INTO site (enterprise_id, code, position, doc) VALUES (?, ?, ?, ?)",
            enterpriseId,
            codeOf(doc),
            position,
            Trees.text(doc));
    RowRepository.touch(jdbc, enterpriseId);
    return id;
  }

  public boolean updateSite(
      long enterpriseId, long siteId, ObjectNode doc, @Nullable Long expectedVersion) {
    String sql =
        "UPDATE site SET code = ?, doc = ?, version = version + 1"
            + " WHERE enterprise_id = ? AND id = ?";
    int n =
        expectedVersion == null
            ? jdbc.update(sql, codeOf(doc), Trees.text(doc), enterpriseId, siteId)
            : jdbc.update(
                sql + " AND version = ?",
                codeOf(doc),
                Trees.text(doc),
                enterpriseId,
                siteId,
                expectedVersion);
    if (n > 0) {
      RowRepository.touch(jdbc, enterpriseId);
    }
    if (n == 0 && expectedVersion != null && site(enterpriseId, siteId).isPresent()) {
      throw new StaleVersionException("site", siteId, expectedVersion);
    }
    return n > 0;
  }

  public boolean deleteSite(long enterpriseId, long siteId) {
    boolean deleted =
        jdbc.update("DELETE FROM site WHERE enterprise_id = ? AND id = ?", enterpriseId, siteId)
            > 0;
    if (deleted) {
      RowRepository.touch(jdbc, enterpriseId);
    }
    return deleted;
  }

  /**
   * The enterprise's revision: it changes with every change to its header, sites or rows, so a
   * result computed at one revision stays valid while the revision is the same. -1 when the
   * enterprise does not exist.
   */
  public long revision(long enterpriseId) {
    return jdbc.queryOne(
            "SELECT revision FROM enterprise WHERE id = ?", rs -> rs.getLong(1), enterpriseId)
        .orElse(-1L);
  }

  // --- reporting periods

  /** The years the enterprise has rows or an opened reporting period for, ascending. */
  public List<Integer> years(long enterpriseId) {
    return jdbc.query(
        "SELECT period_year FROM inventory_row WHERE enterprise_id = ?"
            + " UNION SELECT period_year FROM reporting_period WHERE enterprise_id = ?"
            + " ORDER BY 1",
        rs -> rs.getInt(1),
        enterpriseId,
        enterpriseId);
  }

  /** Opens a reporting period (no-op when it exists). */
  public void openPeriod(long enterpriseId, int year) {
    jdbc.inTransaction(
        () -> {
          boolean exists =
              jdbc.queryOne(
                      "SELECT 1 FROM reporting_period WHERE enterprise_id = ? AND period_year = ?",
                      rs -> 1,
                      enterpriseId,
                      year)
                  .isPresent();
          if (!exists) {
            jdbc.insert(
                "INSERT INTO reporting_period (enterprise_id, period_year) VALUES (?, ?)",
                enterpriseId,
                year);
          }
          return null;
        });
  }

  // --- whole documents

  /** The enterprise's inventory document as a tree, rows in stored order. */
  public Optional<ObjectNode> document(long enterpriseId) {
    return enterprise(enterpriseId).map(e -> assemble(e, sites(enterpriseId), true, null));
  }

  /**
   * The enterprise's document with rows already read ({@link RowRepository#list} with {@link
   * RowQuery#ALL}), so that a caller who needs both reads the rows once.
   */
  public Optional<ObjectNode> document(long enterpriseId, List<RowRecord> allRows) {
    return enterprise(enterpriseId).map(e -> assemble(e, sites(enterpriseId), true, allRows));
  }

  /**
   * The enterprise's document without rows: header, settings, sites and empty row arrays (what a
   * single row is checked in, without reading every other row).
   */
  public Optional<ObjectNode> skeleton(long enterpriseId) {
    return enterprise(enterpriseId).map(e -> assemble(e, sites(enterpriseId), false, null));
  }

  /**
   * The enterprise's inventory, read from its assembled document by io's reader (structural checks
   * only); empty when the enterprise does not exist.
   */
  public Optional<Result<Inventory>> inventory(long enterpriseId) {
    return document(enterpriseId).map(tree -> InventoryReader.read(tree, false));
  }

  /**
   * Replaces the enterprise's header, sites and rows by those of a document, in one transaction.
   * Rows keep their identity where they can: for each kind, the row at the same place with the same
   * document stays as it is (id, version, evidence, history), a changed one is updated in place,
   * and only the rows beyond the shorter list are added or deleted. Re-importing an unchanged
   * export therefore changes no row.
   */
  public void replaceDocument(long enterpriseId, ObjectNode document) {
    jdbc.inTransaction(
        () -> {
          ObjectNode header = header(document);
          if (!updateEnterprise(enterpriseId, header, null)) {
            throw new StoreException("no enterprise " + enterpriseId);
          }
          replaceSites(enterpriseId, document);
          for (RowKind kind : RowKind.values()) {
            replaceRows(enterpriseId, kind, document);
          }
          return null;
        });
  }

  private void replaceSites(long enterpriseId, ObjectNode document) {
    List<JsonNode> next = new ArrayList<>();
    array(document, "sites").forEach(next::add);
    List<SiteRecord> current = sites(enterpriseId);
    boolean same = current.size() == next.size();
    for (int i = 0; same && i < next.size(); i++) {
      same = current.get(i).doc().equals(next.get(i));
    }
    if (same) {
      return;
    }
    // rows name sites by code only (no foreign key), so the sites can be rebuilt under them
    jdbc.update("DELETE FROM site WHERE enterprise_id = ?", enterpriseId);
    for (JsonNode site : next) {
      addSite(enterpriseId, (ObjectNode) site);
    }
  }

  /**
   * One kind's rows to the document's: a stored row with an identical document is kept (first
   * unused match, in order), then a stored row with the same row id takes the changed document in
   * place; the remaining stored rows are deleted and the remaining new rows inserted; every row
   * ends at its place in the document.
   */
  private void replaceRows(long enterpriseId, RowKind kind, ObjectNode document) {
    List<ObjectNode> next = new ArrayList<>();
    array(document, kind.arrayName()).forEach(r -> next.add((ObjectNode) r));
    List<RowRecord> current = rows.list(enterpriseId, RowQuery.of(kind));
    if (current.isEmpty()) {
      // nothing stored (a new enterprise): nothing to match, every row is inserted in order
      Map<Integer, ObjectNode> all = new LinkedHashMap<>();
      for (int i = 0; i < next.size(); i++) {
        all.put(i, next.get(i));
      }
      rows.insertAll(enterpriseId, kind, all);
      return;
    }
    RowRecord[] matched = matchEqual(current, next);
    Set<Long> used = new HashSet<>();
    for (RowRecord r : matched) {
      if (r != null) {
        used.add(r.id());
      }
    }
    Map<String, Deque<RowRecord>> byKey = new HashMap<>();
    for (RowRecord r : current) {
      if (!used.contains(r.id()) && r.key() != null) {
        byKey.computeIfAbsent(r.key(), k -> new ArrayDeque<>()).add(r);
      }
    }
    Map<Long, Integer> positions = new LinkedHashMap<>();
    Map<Integer, ObjectNode> inserts = new LinkedHashMap<>();
    Map<Long, ObjectNode> updates = new LinkedHashMap<>();
    for (int i = 0; i < next.size(); i++) {
      if (matched[i] == null) {
        String key = Trees.string(next.get(i), "id");
        Deque<RowRecord> sameKey = key == null ? null : byKey.get(key);
        if (sameKey != null && !sameKey.isEmpty()) {
          matched[i] = sameKey.poll();
          used.add(matched[i].id());
          updates.put(matched[i].id(), next.get(i));
        }
      }
      if (matched[i] == null) {
        inserts.put(i, next.get(i));
      } else if (matched[i].position() != i) {
        positions.put(matched[i].id(), i);
      }
    }
    List<Long> deletes = new ArrayList<>();
    for (RowRecord r : current) {
      if (!used.contains(r.id())) {
        deletes.add(r.id());
      }
    }
    rows.updateAll(enterpriseId, updates);
    rows.deleteAll(enterpriseId, deletes);
    rows.reposition(enterpriseId, positions);
    rows.insertAll(enterpriseId, kind, inserts);
  }

  /**
   * Per new row, the first unused stored row with an equal document ({@link RowDocs#same}, looked
   * up by {@link RowDocs#hash}).
   */
  private static @Nullable RowRecord[] matchEqual(List<RowRecord> current, List<ObjectNode> next) {
    Map<Long, List<RowRecord>> byDoc = new HashMap<>();
    for (RowRecord r : current) {
      byDoc.computeIfAbsent(RowDocs.hash(r.doc()), k -> new ArrayList<>(1)).add(r);
    }
    @Nullable RowRecord[] matched = new RowRecord[next.size()];
    for (int i = 0; i < next.size(); i++) {
      List<RowRecord> candidates = byDoc.getOrDefault(RowDocs.hash(next.get(i)), List.of());
      for (int k = 0; k < candidates.size(); k++) {
        if (RowDocs.same(candidates.get(k).doc(), next.get(i))) {
          matched[i] = candidates.remove(k);
          break;
        }
      }
    }
    return matched;
  }

  /** The header part ({@code enterprise}, {@code settings}) of a document. */
  public static ObjectNode header(ObjectNode document) {
    ObjectNode header = document.objectNode();
    JsonNode enterprise = document.get("enterprise");
    header.set("enterprise", enterprise == null ? document.objectNode() : enterprise.deepCopy());
    JsonNode settings = document.get("settings");
    if (settings != null) {
      header.set("settings", settings.deepCopy());
    }
    // the footprint extension materials[] (purchased materials, footprint contract v1 §4) has no
    // row table of its own: it is kept with the header and given back in the document
    JsonNode materials = document.get("materials");
    if (materials != null && materials.isArray()) {
      header.set("materials", materials.deepCopy());
    }
    return header;
  }

  /** The document; with rows from {@code given}, or read when null. */
  private ObjectNode assemble(
      EnterpriseRecord e,
      List<SiteRecord> sites,
      boolean withRows,
      @Nullable List<RowRecord> given) {
    ObjectNode doc = e.header().objectNode();
    doc.put("format", Inventory.FORMAT);
    doc.set("enterprise", e.header().get("enterprise"));
    if (e.header().has("settings")) {
      doc.set("settings", e.header().get("settings"));
    }
    ArrayNode siteArray = doc.putArray("sites");
    sites.forEach(s -> siteArray.add(s.doc()));
    for (RowKind kind : RowKind.values()) {
      ArrayNode array = doc.putArray(kind.arrayName());
      if (withRows && given == null) {
        rows.list(e.id(), RowQuery.of(kind)).forEach(r -> array.add(r.doc()));
      } else if (withRows) {
        given.stream().filter(r -> r.kind() == kind).forEach(r -> array.add(r.doc()));
      }
    }
    if (withRows && e.header().get("materials") instanceof ArrayNode materials) {
      doc.set("materials", materials);
    }
    return doc;
  }

  private static Iterable<JsonNode> array(ObjectNode document, String name) {
    JsonNode a = document.get(name);
    return a != null && a.isArray() ? a : List.of();
  }

  private static String nameOf(ObjectNode header) {
    JsonNode enterprise = header.get("enterprise");
    String name = enterprise == null ? null : Trees.string(enterprise, "name");
    return name == null ? "" : name;
  }

  private static String codeOf(ObjectNode site) {
    String code = Trees.string(site, "id");
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("site has no id");
    }
    return code;
  }

  private static EnterpriseRecord enterprise(ResultSet rs) throws SQLException {
    return new EnterpriseRecord(
        rs.getLong(1),
        rs.getLong(2),
        rs.getString(3),
        Trees.object(rs.getString(4)),
        rs.getLong(5));
  }

  private static SiteRecord site(ResultSet rs) throws SQLException {
    return new SiteRecord(
        rs.getLong(1),
        rs.getLong(2),
        rs.getString(3),
        rs.getInt(4),
        Trees.object(rs.getString(5)),
        rs.getLong(6));
  }
}
