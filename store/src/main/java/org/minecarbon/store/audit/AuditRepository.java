package org.minecarbon.store.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.store.Sha256;
import org.minecarbon.store.StoreException;
import org.minecarbon.store.internal.Jdbc;
import org.minecarbon.store.inventory.RowKind;
import tools.jackson.databind.JsonNode;

/**
 * The append-only audit trail with a SHA-256 hash chain over all tenants.
 *
 * <p><b>Canonical serialization</b> (version {@code minecarbon-audit-v1}): the UTF-8 bytes of the
 * line {@code minecarbon-audit-v1} followed by, for each field in the order seq, prev_hash, at,
 * actor, group_id, enterprise_id, entity, entity_id, action, before_json, after_json, reason: a
 * newline and either {@code ~} (SQL NULL) or {@code <length in chars>:<value>}. Numbers are
 * decimal, {@code at} is UTC at its full stored precision ({@link #atText}), JSON columns are the
 * stored text itself. {@code hash = hex(SHA-256(serialization))}; an entry's {@code prev_hash} is
 * the previous entry's {@code hash} (64 zeros for the first). The length prefix makes the encoding
 * unambiguous whatever the values contain.
 *
 * <p><b>Serialization of appends</b>: each append first updates the single row of {@code
 * audit_head} (a row lock held to the end of the transaction, on H2 and PostgreSQL alike), reads
 * the last seq and hash from it, inserts seq + 1 and moves the head. Concurrent appends therefore
 * queue and the chain never forks; an append rolled back with its transaction leaves no gap.
 */
public final class AuditRepository {
  /** The prev_hash of the first entry. */
  public static final String GENESIS = "0".repeat(64);

  private static final String COLUMNS =
      "seq, at, actor, group_id, enterprise_id, entity, entity_id, action, before_json,"
          + " after_json, reason, prev_hash, hash";
  private static final DateTimeFormatter AT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'");
  private static final int PAGE = 1000;

  private final Jdbc jdbc;
  private final Clock clock;

  public AuditRepository(Jdbc jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Appends one entry (joins the caller's transaction, so it commits with the change). */
  public AuditEntry append(AuditChange c) {
    return jdbc.inTransaction(
        () -> {
          jdbc.update("UPDATE audit_head SET last_seq = last_seq WHERE id = 1");
          Head head =
              jdbc.queryOne(
                      "SELECT last_seq, last_hash FROM audit_head WHERE id = 1",
                      rs -> new Head(rs.getLong(1), rs.getString(2)))
                  .orElseThrow(() -> new StoreException("audit_head is missing"));
          LocalDateTime at = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
          // microseconds: the precision both H2 and PostgreSQL TIMESTAMP keep, so what is hashed
          // is exactly what is stored (see atText)
          at = at.truncatedTo(ChronoUnit.MICROS);
          String before = c.before();
          String after = c.after();
          long seq = head.seq() + 1;
          String hash =
              hash(
                  seq,
                  head.hash(),
                  at,
                  c.actor(),
                  c.groupId(),
                  c.enterpriseId(),
                  c.entity(),
                  c.entityId(),
                  c.action(),
                  before,
                  after,
                  c.reason());
          jdbc.update(
              "INSERT INTO audit_log ("
                  + COLUMNS
                  + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                  + " ?, ?)",
              seq,
              at,
              c.actor(),
              c.groupId(),
              c.enterpriseId(),
              c.entity(),
              c.entityId(),
              c.action(),
              before,
              after,
              c.reason(),
              head.hash(),
              hash);
          jdbc.update("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1", seq, hash);
          return new AuditEntry(
              seq,
              at.toInstant(ZoneOffset.UTC),
              c.actor(),
              c.groupId(),
              c.enterpriseId(),
              c.entity(),
              c.entityId(),
              c.action(),
              before,
              after,
              c.reason(),
              head.hash(),
              hash);
        });
  }

  private record Head(long seq, String hash) {}

  /** Entries matching the query, newest first. */
  public List<AuditEntry> list(AuditQuery q) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_log WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    where(sql, params, "group_id", q.groupId());
    where(sql, params, "enterprise_id", q.enterpriseId());
    where(sql, params, "entity", q.entity());
    where(sql, params, "entity_id", q.entityId());
    sql.append(" ORDER BY seq DESC LIMIT ? OFFSET ?");
    params.add(Math.clamp(q.limit(), 0, 500));
    params.add(Math.max(0, q.offset()));
    return jdbc.query(sql.toString(), AuditRepository::map, params.toArray());
  }

  /** Every entry of an enterprise about the given entities, oldest first. */
  public List<AuditEntry> ofEnterprise(long enterpriseId, List<String> entities) {
    if (entities.isEmpty()) {
      return List.of();
    }
    String marks = String.join(", ", entities.stream().map(e -> "?").toList());
    List<Object> params = new ArrayList<>();
    params.add(enterpriseId);
    params.addAll(entities);
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM audit_log WHERE enterprise_id = ? AND entity IN ("
            + marks
            + ") ORDER BY seq",
        AuditRepository::map,
        params.toArray());
  }

  private static void where(
      StringBuilder sql, List<Object> params, String col, @Nullable Object v) {
    if (v != null) {
      sql.append(" AND ").append(col).append(" = ?");
      params.add(v);
    }
  }

  /**
   * The hash the chain holds for entry {@code seq}, empty when there is no such entry: what an
   * outside checkpoint is compared with.
   */
  public Optional<String> hashAt(long seq) {
    return jdbc.queryOne("SELECT hash FROM audit_log WHERE seq = ?", rs -> rs.getString(1), seq);
  }

  /** The last entry's seq and hash (0 and the genesis hash for an empty trail). */
  public Checkpoint head() {
    return jdbc.queryOne(
            "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1",
            rs -> new Checkpoint(rs.getLong(1), rs.getString(2)))
        .orElse(new Checkpoint(0, GENESIS));
  }

  /** An entry of the chain by its seq and hash, as kept outside the database. */
  public record Checkpoint(long seq, String hash) {}

  /** How many entries the chain has. */
  public long count() {
    return jdbc.queryOne("SELECT COUNT(*) FROM audit_log", rs -> rs.getLong(1)).orElse(0L);
  }

  /**
   * Walks the whole chain in seq order (in pages, bounded memory): every entry's seq must follow
   * the previous one, its prev_hash must be the previous hash and its hash must match its content;
   * the chain must end where {@code audit_head} says.
   */
  public AuditVerification verify() {
    AuditVerification chain = verifyChain();
    if (!chain.ok()) {
      return chain;
    }
    List<String> snapshots = verifySnapshots();
    if (snapshots.isEmpty()) {
      return chain;
    }
    return new AuditVerification(
        false,
        chain.entries(),
        null,
        chain.message()
            + ", but "
            + snapshots.size()
            + " verified snapshot(s) do not match: "
            + String.join("; ", snapshots));
  }

  /**
   * Every verified snapshot ({@code period_version}) against its stored SHA-256 and against the
   * SHA-256 the (hash-chained) audit entry of its verification recorded, so that neither the
   * snapshot nor its hash column can be changed unnoticed. Empty when all match.
   */
  public List<String> verifySnapshots() {
    Map<String, JsonNode> recorded = recordedVerifications(null);
    List<String> problems = new ArrayList<>();
    for (String[] v :
        jdbc.query(
            "SELECT enterprise_id, period_year, version, snapshot, snapshot_sha256, frozen_json"
                + " FROM period_version ORDER BY enterprise_id, period_year, version",
            rs ->
                new String[] {
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6)
                })) {
      String where = "enterprise " + v[0] + " year " + v[1] + " version " + v[2];
      JsonNode at = recorded.get(v[0] + "/" + v[1] + "/" + v[2]);
      String recordedSha = at == null ? null : at.path("snapshotSha256").asString(null);
      String actual = Sha256.hex(v[3]);
      if (!actual.equals(v[4])) {
        problems.add(where + ": the snapshot's SHA-256 is " + actual + ", its stored hash " + v[4]);
      } else if (!v[4].equals(recordedSha)) {
        problems.add(
            where
                + ": the snapshot hash "
                + v[4]
                + " is not the one the audit trail recorded at verification ("
                + recordedSha
                + ")");
      } else if (v[5] != null && !Sha256.hex(v[5]).equals(at.path("frozenSha256").asString(null))) {
        problems.add(
            where
                + ": the frozen benchmarks and factor sets are not those the audit trail recorded"
                + " at verification");
      }
    }
    problems.addAll(drift());
    return problems;
  }

  /**
   * The years that are verified now, whose live rows (or enterprise header and settings) differ
   * from their verified snapshot: changed in the database, since the application refuses every
   * change to a verified year.
   */
  private List<String> drift() {
    List<String> problems = new ArrayList<>();
    for (String[] v :
        jdbc.query(
            "SELECT v.enterprise_id, v.period_year, v.version, v.snapshot, e.header"
                + " FROM period_version v"
                + " JOIN reporting_period p ON p.enterprise_id = v.enterprise_id"
                + " AND p.period_year = v.period_year AND p.version = v.version"
                + " JOIN enterprise e ON e.id = v.enterprise_id"
                + " WHERE p.status = 'verified' ORDER BY v.enterprise_id, v.period_year",
            rs ->
                new String[] {
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5)
                })) {
      String where = "enterprise " + v[0] + " year " + v[1] + " version " + v[2];
      JsonNode snapshot = JsonCodec.mapper().readTree(v[3]);
      JsonNode header = JsonCodec.mapper().readTree(v[4]);
      for (String part : List.of("enterprise", "settings")) {
        if (!Objects.equals(snapshot.get(part), header.get(part))) {
          problems.add(where + ": the live " + part + " differs from the verified snapshot");
        }
      }
      for (RowKind kind : RowKind.values()) {
        List<JsonNode> live =
            jdbc.query(
                "SELECT doc FROM inventory_row WHERE enterprise_id = ? AND period_year = ?"
                    + " AND kind = ? ORDER BY position, id",
                rs -> JsonCodec.mapper().readTree(rs.getString(1)),
                Long.parseLong(v[0]),
                Integer.parseInt(v[1]),
                kind.code());
        List<JsonNode> verified = new ArrayList<>();
        snapshot.path(kind.arrayName()).forEach(verified::add);
        if (!live.equals(verified)) {
          problems.add(
              where
                  + ": the live "
                  + kind.arrayName()
                  + " differ from the verified snapshot ("
                  + live.size()
                  + " live rows, "
                  + verified.size()
                  + " verified)");
        }
      }
    }
    return problems;
  }

  /**
   * The snapshot SHA-256 the audit entry of a year's verification recorded (what a read of the
   * verified version compares with, besides the hash stored next to the snapshot).
   */
  public Optional<String> recordedSnapshotSha256(long enterpriseId, int year, int version) {
    return recordedVerification(enterpriseId, year, version)
        .map(a -> a.path("snapshotSha256").asString(null));
  }

  /** The {@code after} document the audit entry of a year's verification recorded. */
  public Optional<JsonNode> recordedVerification(long enterpriseId, int year, int version) {
    return Optional.ofNullable(
        recordedVerifications(enterpriseId).get(enterpriseId + "/" + year + "/" + version));
  }

  /** enterprise/year/version → the recorded verification, of one enterprise or (null) all. */
  private Map<String, JsonNode> recordedVerifications(@Nullable Long enterpriseId) {
    Map<String, JsonNode> recorded = new HashMap<>();
    String sql =
        "SELECT enterprise_id, entity_id, after_json FROM audit_log"
            + " WHERE entity = 'period' AND action = 'verify'"
            + (enterpriseId == null ? "" : " AND enterprise_id = ?")
            + " ORDER BY seq";
    Object[] params = enterpriseId == null ? new Object[0] : new Object[] {enterpriseId};
    for (String[] r :
        jdbc.query(
            sql, rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}, params)) {
      JsonNode after = r[2] == null ? null : JsonCodec.mapper().readTree(r[2]);
      if (after != null && after.hasNonNull("snapshotSha256")) {
        recorded.put(r[0] + "/" + r[1] + "/" + after.path("version").asInt(), after);
      }
    }
    return recorded;
  }

  private AuditVerification verifyChain() {
    long expectedSeq = 1;
    String prev = GENESIS;
    long checked = 0;
    while (true) {
      List<AuditEntry> page =
          jdbc.query(
              "SELECT " + COLUMNS + " FROM audit_log WHERE seq >= ? ORDER BY seq LIMIT ?",
              AuditRepository::map,
              expectedSeq,
              PAGE);
      for (AuditEntry e : page) {
        String problem = problem(e, expectedSeq, prev);
        if (problem != null) {
          return new AuditVerification(false, checked, Math.min(e.seq(), expectedSeq), problem);
        }
        prev = e.hash();
        expectedSeq++;
        checked++;
      }
      if (page.size() < PAGE) {
        break;
      }
    }
    return tail(checked, expectedSeq - 1, prev);
  }

  private AuditVerification tail(long checked, long lastSeq, String lastHash) {
    Head head =
        jdbc.queryOne(
                "SELECT last_seq, last_hash FROM audit_head WHERE id = 1",
                rs -> new Head(rs.getLong(1), rs.getString(2)))
            .orElse(new Head(-1, ""));
    if (head.seq() != lastSeq || !head.hash().equals(lastHash)) {
      return new AuditVerification(
          false,
          checked,
          lastSeq + 1,
          "the chain ends at seq "
              + lastSeq
              + " but its head records seq "
              + head.seq()
              + ": entries were removed from the end or the head was changed");
    }
    return new AuditVerification(true, checked, null, "audit chain OK: " + checked + " entries");
  }

  private static @Nullable String problem(AuditEntry e, long expectedSeq, String prev) {
    if (e.seq() != expectedSeq) {
      return "entry " + expectedSeq + " is missing (next entry is " + e.seq() + ")";
    }
    if (!e.prevHash().equals(prev)) {
      return "entry " + e.seq() + " does not link to the previous entry (prev_hash differs)";
    }
    String recomputed =
        hash(
            e.seq(),
            e.prevHash(),
            LocalDateTime.ofInstant(e.at(), ZoneOffset.UTC),
            e.actor(),
            e.groupId(),
            e.enterpriseId(),
            e.entity(),
            e.entityId(),
            e.action(),
            e.before(),
            e.after(),
            e.reason());
    if (!recomputed.equals(e.hash())) {
      return "entry " + e.seq() + " was changed after it was written (hash mismatch)";
    }
    return null;
  }

  /** The hash of an entry over its canonical serialization (see the class comment). */
  static String hash(
      long seq,
      String prevHash,
      LocalDateTime at,
      String actor,
      @Nullable Long groupId,
      @Nullable Long enterpriseId,
      String entity,
      String entityId,
      String action,
      @Nullable String before,
      @Nullable String after,
      @Nullable String reason) {
    // streamed into the digest piece by piece: the same bytes as the one serialization text,
    // without copying a large before/after (an import's whole document) three times
    MessageDigest d = Sha256.digest();
    d.update("minecarbon-audit-v1".getBytes(StandardCharsets.UTF_8));
    for (Object field :
        new Object[] {
          seq,
          prevHash,
          atText(at),
          actor,
          groupId,
          enterpriseId,
          entity,
          entityId,
          action,
          before,
          after,
          reason
        }) {
      d.update((byte) '\n');
      if (field == null) {
        d.update((byte) '~');
      } else {
        String v = field.toString();
        d.update((v.length() + ":").getBytes(StandardCharsets.UTF_8));
        update(d, v);
      }
    }
    return HexFormat.of().formatHex(d.digest());
  }

  /** Texts up to this many chars are hashed from one encoding; longer ones in pieces. */
  private static final int PIECE = 1 << 16;

  /**
   * Streams the text's UTF-8 bytes into the digest; a long text (an import's entry: tens of
   * megabytes) in pieces that end on a character boundary, so no array of its whole encoding is
   * made.
   */
  private static void update(MessageDigest d, String v) {
    if (v.length() <= PIECE) {
      d.update(v.getBytes(StandardCharsets.UTF_8));
      return;
    }
    // a lone surrogate becomes '?', as String.getBytes makes it
    var encoder =
        StandardCharsets.UTF_8
            .newEncoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE);
    java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(PIECE * 3 + 8);
    java.nio.CharBuffer in = java.nio.CharBuffer.wrap(v);
    while (true) {
      var result = encoder.encode(in, out, true);
      out.flip();
      d.update(out);
      out.clear();
      if (result.isUnderflow()) {
        break;
      }
    }
    encoder.flush(out);
    out.flip();
    d.update(out);
  }

  /**
   * The timestamp as hashed: its full stored precision. Whole milliseconds are written with three
   * decimals (as every entry before microsecond precision was, so their hashes still verify); any
   * finer part adds its digits (6 for microseconds, 9 for nanoseconds), so an edit of the stored
   * time by even a microsecond changes the hash.
   */
  static String atText(LocalDateTime at) {
    String millis = AT.format(at);
    int nanos = at.getNano();
    if (nanos % 1_000_000 == 0) {
      return millis;
    }
    String fraction = String.format(java.util.Locale.ROOT, "%09d", nanos);
    String digits = nanos % 1_000 == 0 ? fraction.substring(0, 6) : fraction;
    return millis.substring(0, millis.length() - 4) + digits + "Z";
  }

  private static AuditEntry map(ResultSet rs) throws SQLException {
    LocalDateTime at = rs.getObject(2, LocalDateTime.class);
    return new AuditEntry(
        rs.getLong(1),
        at.toInstant(ZoneOffset.UTC),
        rs.getString(3),
        nullableLong(rs, 4),
        nullableLong(rs, 5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getString(10),
        rs.getString(11),
        rs.getString(12),
        rs.getString(13));
  }

  private static @Nullable Long nullableLong(ResultSet rs, int col) throws SQLException {
    long v = rs.getLong(col);
    return rs.wasNull() ? null : v;
  }
}
