package org.minecarbon.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minecarbon.store.Sha256;
import org.minecarbon.store.Store;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * The year workflow end to end: a verified year refuses every write (409, nothing changes), a
 * reopening needs a reason and makes version 2, and version 1's balance stays reproducible from its
 * snapshot. Verifying is done by a VERIFIER user (the administrator may not verify).
 */
class WorkflowApiIT extends ApiTestBase {
  private static final String PW = "it-verifier-password";

  @Autowired Store store;
  @Autowired PasswordEncoder encoder;
  @Autowired DataSource dataSource;

  private String verifier;

  @BeforeEach
  void verifierUser() {
    verifier = "verifier-" + UUID.randomUUID().toString().substring(0, 8);
    Long group = store.users().user(USER).orElseThrow().groupId();
    store.users().createUser(verifier, encoder.encode(PW), List.of("VERIFIER"), group);
  }

  @Test
  void verifiedYear_refusesEveryWrite_reopenMakesVersion2_version1BalanceReproducible() {
    long id = importNew(COAL);
    String e = "/api/v1/enterprises/" + id;
    JsonNode balance0 = json(get(e + "/balance"));
    JsonNode row = json(get(e + "/rows?kind=activity")).get(0);
    long rowId = row.get("id").asLong();
    long siteId = json(get(e + "/sites")).get(0).get("id").asLong();
    verifyYear(e, 2024, 1);

    String changed = row.get("doc").toString().replace("\"quantity\":", "\"quantity\":1");
    assertProblem(putJson(e + "/rows/" + rowId, changed, "*"), 409, "PERIOD_LOCKED");
    assertProblem(postJson(e + "/rows", row.get("doc").toString()), 409, "PERIOD_LOCKED");
    assertProblem(delete(e + "/rows/" + rowId), 409, "PERIOD_LOCKED");
    assertProblem(upload(e + "/import", "metal.json", read(METAL)), 409, "PERIOD_LOCKED");
    assertProblem(delete(e), 409, "PERIOD_LOCKED");
    assertProblem(delete(e + "/sites/" + siteId), 409, "PERIOD_LOCKED");
    assertProblem(
        putJson(e, "{\"name\":\"renamed\",\"industry\":\"coal\"}", null), 409, "PERIOD_LOCKED");
    HttpResponse<byte[]> again = postJson(e + "/years/2024/submit", "{}");
    assertProblem(again, 409, "WORKFLOW_STATE");
    assertThat(json(again).get("detail").asString())
        .isEqualTo("2024 is verified (version 1); reopen it with a reason to correct it");
    // coal-mine.json's rows name no site: a second site would unassign them, so it is refused too
    assertProblem(postJson(e + "/sites", "{\"code\":\"new-pit\"}"), 409, "PERIOD_LOCKED");
    assertThat(json(get(e + "/balance"))).isEqualTo(balance0);

    assertProblem(postJson(e + "/years/2024/reopen", "{}"), 400, "REQUIRED");
    HttpResponse<byte[]> reopened =
        send(
            request(e + "/years/2024/reopen")
                .header("X-Change-Reason", URLEncoder.encode("修正 diesel", StandardCharsets.UTF_8))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(reopened.statusCode()).as(body(reopened)).isEqualTo(200);
    assertThat(json(reopened).get("status").asString()).isEqualTo("draft");
    assertThat(json(reopened).get("version").asInt()).isEqualTo(2);

    assertThat(putJson(e + "/rows/" + rowId, changed, "*").statusCode()).isEqualTo(200);
    verifyYear(e, 2024, 2);

    JsonNode versions = json(get(e + "/years/2024/versions"));
    assertThat(versions).hasSize(2);
    assertThat(versions.get(0).get("reopenReason").asString()).isEqualTo("修正 diesel");
    assertThat(json(get(e + "/years/2024/versions/1/balance"))).isEqualTo(balance0);
    assertThat(json(get(e + "/years/2024/versions/2/balance"))).isNotEqualTo(balance0);
    assertThat(json(get(e + "/years/2024/versions/2/balance")))
        .isEqualTo(json(get(e + "/balance")));
    assertThat(get(e + "/years/2024/versions/1/balance.xlsx").statusCode()).isEqualTo(200);
    HttpResponse<byte[]> pdf = get(e + "/years/2024/versions/1/analysis.pdf?lang=en");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertProblem(get(e + "/years/2024/versions/3/balance"), 404, "NOT_FOUND");
    assertThat(json(get(e + "/years/2024/status")).get("history").findValuesAsString("action"))
        .containsSubsequence("verify", "reopen", "verify");
  }

  /**
   * Issue 11: re-importing the identical export into an enterprise with a verified year gave the
   * year's rows new ids, detached their evidence (then deletable) and lost their history. Row
   * identity now survives an import: nothing of the locked year moves.
   */
  @Test
  void reimportIdenticalExport_verifiedYear_rowIdsEvidenceAndHistoryKept() {
    long id = importNew(COAL);
    String e = "/api/v1/enterprises/" + id;
    JsonNode rows = json(get(e + "/rows?kind=activity"));
    long rowId = rows.get(0).get("id").asLong();
    String changed =
        rows.get(0)
            .get("doc")
            .toString()
            .replaceFirst("\"quantity\":\\s*150(\\.0)?", "\"quantity\":151");
    assertThat(putJson(e + "/rows/" + rowId, changed, "*").statusCode()).isEqualTo(200);
    HttpResponse<byte[]> ev =
        upload(
            e + "/rows/" + rowId + "/evidence",
            "meter.csv",
            "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
    assertThat(ev.statusCode()).as(body(ev)).isEqualTo(201);
    long evidence = json(ev).get("id").asLong();
    verifyYear(e, 2024, 1);
    List<Long> before = ids(json(get(e + "/rows")));
    byte[] export = get(e + "/export?format=json").body();

    HttpResponse<byte[]> again = upload(e + "/import", "same.json", export);

    assertThat(again.statusCode()).as(body(again)).isEqualTo(200);
    assertThat(ids(json(get(e + "/rows")))).isEqualTo(before);
    assertThat(json(get(e + "/rows/" + rowId + "/evidence")))
        .anyMatch(x -> x.get("id").asLong() == evidence);
    assertProblem(delete(e + "/evidence/" + evidence), 409, "PERIOD_LOCKED");
    assertThat(json(get(e + "/rows/" + rowId + "/history")).findValuesAsString("action"))
        .contains("update");
  }

  private static List<Long> ids(JsonNode rows) {
    List<Long> ids = new java.util.ArrayList<>();
    rows.forEach(r -> ids.add(r.get("id").asLong()));
    return ids;
  }

  @Test
  void import_leavingTheLockedYearAlone_isAccepted() {
    long id = importNew(COAL);
    String e = "/api/v1/enterprises/" + id;
    verifyYear(e, 2024, 1);
    JsonNode doc = json(get(e + "/export?format=json"));
    ((tools.jackson.databind.node.ArrayNode) doc.get("activities"))
        .addObject()
        .put("id", "diesel-2025")
        .put("source", "fuel")
        .put("period", "2025")
        .put("fuel", "diesel")
        .put("quantity", 5)
        .put("unit", "t");

    HttpResponse<byte[]> r =
        upload(e + "/import", "next.json", doc.toString().getBytes(StandardCharsets.UTF_8));

    assertThat(r.statusCode()).as(body(r)).isEqualTo(200);
    assertThat(json(get(e + "/years"))).hasSize(2);
    assertThat(json(get(e + "/years/2024/status")).get("status").asString()).isEqualTo("verified");
  }

  @Test
  void transitions_wrongOrder409_returnNeedsReason400() {
    long id = importNew(COAL);
    String y = "/api/v1/enterprises/" + id + "/years/2024";

    assertProblem(postJson(y + "/review", "{}"), 409, "WORKFLOW_STATE");
    assertThat(json(postJson(y + "/submit", "{}")).get("status").asString()).isEqualTo("submitted");
    assertProblem(postJson(y + "/return", "{}"), 400, "REQUIRED");
    JsonNode back = json(postJson(y + "/return", "{\"reason\":\"check January\"}"));

    assertThat(back.get("status").asString()).isEqualTo("draft");
    assertThat(back.get("version").asInt()).isEqualTo(1);
    assertThat(back.get("history").get(0).get("reason").asString()).isEqualTo("check January");
  }

  @Test
  void rowHistory_listsChangesWithActorBeforeAfterAndReason() {
    long id = importNew(COAL);
    String e = "/api/v1/enterprises/" + id;
    JsonNode added =
        json(
            postJson(
                e + "/rows",
                "{\"source\":\"fuel\",\"period\":\"2024-04\",\"fuel\":\"diesel\",\"quantity\":10,"
                    + "\"unit\":\"t\"}"));
    long rowId = added.get("id").asLong();
    String changed = added.get("doc").toString().replace("10", "12");
    HttpResponse<byte[]> r =
        send(
            request(e + "/rows/" + rowId)
                .header("Content-Type", JSON)
                .header("X-Change-Reason", "meter%20re-read")
                .header("If-Match", "\"" + added.get("version").asLong() + "\"")
                .PUT(HttpRequest.BodyPublishers.ofString(changed))
                .build());
    assertThat(r.statusCode()).as(body(r)).isEqualTo(200);

    JsonNode history = json(get(e + "/rows/" + rowId + "/history"));
    // issue 11 (low): an unknown id, or another enterprise's row, is 404, not an empty history
    assertProblem(get(e + "/rows/999999999/history"), 404, "NOT_FOUND");
    long other = importNew(COAL);
    assertProblem(
        get("/api/v1/enterprises/" + other + "/rows/" + rowId + "/history"), 404, "NOT_FOUND");

    assertThat(history.findValuesAsString("action")).containsExactly("update", "create");
    JsonNode update = history.get(0);
    assertThat(update.get("actor").asString()).isEqualTo(USER);
    assertThat(update.get("reason").asString()).isEqualTo("meter re-read");
    assertThat(update.get("before").get("quantity").asInt()).isEqualTo(10);
    assertThat(update.get("after").get("quantity").asInt()).isEqualTo(12);
    assertThat(history.get(1).get("before").isNull()).isTrue();
  }

  /**
   * Issue 11: a verified snapshot edited in the database was served (200, altered figure) and
   * {@code audit verify} said OK. Now the read refuses it (409) and the check names it — also when
   * the hash column is edited to match, since the audit entry of the verification recorded the
   * original hash.
   */
  @Test
  void verifiedSnapshot_editedInDatabase_read409_auditCheckFails() throws Exception {
    long id = importNew(COAL);
    String e = "/api/v1/enterprises/" + id;
    verifyYear(e, 2024, 1);
    String original = snapshot(id);
    String forged = original.replaceFirst("\"quantity\"\\s*:\\s*150", "\"quantity\": 1");
    assertThat(forged).isNotEqualTo(original);
    try {
      setSnapshot(id, forged, null);
      assertProblem(get(e + "/years/2024/versions/1/balance"), 409, "SNAPSHOT_CORRUPT");
      assertThat(json(get("/api/v1/admin/audit/verify")).get("ok").asBoolean()).isFalse();

      setSnapshot(id, forged, Sha256.hex(forged)); // the hash column made to match
      assertProblem(get(e + "/years/2024/versions/1/balance"), 409, "SNAPSHOT_CORRUPT");
      JsonNode check = json(get("/api/v1/admin/audit/verify"));
      assertThat(check.get("ok").asBoolean()).isFalse();
      assertThat(check.get("message").asString()).contains("snapshot");
    } finally {
      setSnapshot(id, original, Sha256.hex(original));
    }
    assertThat(get(e + "/years/2024/versions/1/balance").statusCode()).isEqualTo(200);
    assertThat(json(get("/api/v1/admin/audit/verify")).get("ok").asBoolean()).isTrue();
  }

  /**
   * Issue 11: an admin given VERIFIER, or one person who reviewed a year, could sign it off alone.
   * The role combinations are refused, and the verify step refuses whoever entered or reviewed.
   */
  @Test
  void separationOfDuties_reviewerCannotVerify_incompatibleRolesRefused() {
    long id = importNew(COAL);
    String e = "/api/v1/enterprises/" + id;
    String y = e + "/years/2024";
    Long group = store.users().user(USER).orElseThrow().groupId();
    String both = "rv-" + UUID.randomUUID().toString().substring(0, 8);
    // an account that had both roles before the rule (created in the store directly)
    store.users().createUser(both, encoder.encode(PW), List.of("REVIEWER", "VERIFIER"), group);
    assertThat(json(postJson(y + "/submit", "{}")).get("status").asString()).isEqualTo("submitted");
    assertThat(send(as(both, y + "/review")).statusCode()).isEqualTo(200);

    assertProblem(send(as(both, y + "/verify")), 403, "SEPARATION_OF_DUTIES");
    assertThat(send(as(verifier, y + "/verify")).statusCode()).isEqualTo(200);

    long admin = store.users().user(USER).orElseThrow().id();
    assertProblem(
        putJson("/api/v1/admin/users/" + admin, "{\"roles\":[\"ADMIN\",\"VERIFIER\"]}", null),
        422,
        "INCOMPATIBLE_ROLES");
    assertProblem(
        postJson(
            "/api/v1/admin/users",
            "{\"username\":\"dv-" + both + "\",\"roles\":[\"DATA_ENTRY\",\"VERIFIER\"]}"),
        422,
        "INCOMPATIBLE_ROLES");
    assertThat(store.users().user(USER).orElseThrow().roles()).containsExactly("ADMIN");
  }

  private HttpRequest as(String user, String path) {
    return HttpRequest.newBuilder(uri(path))
        .header("Authorization", basic(user, PW))
        .POST(HttpRequest.BodyPublishers.noBody())
        .build();
  }

  /**
   * Issue 11: a rival's benchmark edit changed the gap in an already verified year's PDF. The
   * benchmarks (and user factor sets) are now frozen with the version: a later edit changes the
   * live report only.
   */
  @Test
  void verifiedReport_benchmarkEditedLater_versionPdfKeepsTheFrozenValue() throws Exception {
    long id = importNew(COAL);
    String e = "/api/v1/enterprises/" + id;
    long b =
        json(postJson(
                "/api/v1/benchmarks",
                "{\"product\":\"raw-coal\",\"intensity\":0.1234,\"year\":2024}"))
            .get("id")
            .asLong();
    verifyYear(e, 2024, 1);

    HttpResponse<byte[]> edited =
        putJson(
            "/api/v1/benchmarks/" + b,
            "{\"product\":\"raw-coal\",\"intensity\":9.8765,\"year\":2024}",
            null);
    assertThat(edited.statusCode()).as(body(edited)).isEqualTo(200);

    String verified = pdfText(get(e + "/years/2024/versions/1/analysis.pdf?lang=en"));
    String live = pdfText(get(e + "/reports/analysis.pdf?lang=en"));
    assertThat(verified).contains("0.1234").doesNotContain("9.8765");
    assertThat(live).contains("9.8765");
  }

  /**
   * Issue 12: report files are named from enterprise, year and version (RFC 5987 {@code
   * filename*}); the verified version's PDF is stamped with verifier and snapshot SHA-256, the live
   * report carries the draft watermark.
   */
  @Test
  void versionReports_namedAndStamped_liveReportIsDraft() throws Exception {
    long id = importNew(COAL);
    String e = "/api/v1/enterprises/" + id;
    verifyYear(e, 2024, 1);
    String sha = json(get(e + "/years/2024/versions")).get(0).get("snapshotSha256").asString();

    HttpResponse<byte[]> pdf = get(e + "/years/2024/versions/1/analysis.pdf");
    // 核证 = %E6%A0%B8%E8%AF%81 in UTF-8
    assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment; filename=\"")
        .endsWith("-2024-v1-%E6%A0%B8%E8%AF%81.pdf");
    String stamped = pdfText(pdf).replaceAll("\\s+", "");
    assertThat(stamped).contains("已核证", verifier, sha).doesNotContain("草稿（未核证）");
    HttpResponse<byte[]> xlsx = get(e + "/years/2024/versions/1/balance.xlsx?lang=en");
    assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow())
        .endsWith("-2024-v1-verified.xlsx");

    HttpResponse<byte[]> live = get(e + "/reports/analysis.pdf");
    // 草稿 = %E8%8D%89%E7%A8%BF
    assertThat(live.headers().firstValue("Content-Disposition").orElseThrow())
        .endsWith("-2024-%E8%8D%89%E7%A8%BF.pdf");
    assertThat(pdfText(live).replaceAll("\\s+", "")).contains("草稿（未核证）").doesNotContain(sha);
  }

  private static String pdfText(HttpResponse<byte[]> r) throws Exception {
    assertThat(r.statusCode()).isEqualTo(200);
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(r.body())) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
    }
  }

  /**
   * Issue 11: a live row of a verified year edited in the database was invisible to every check.
   */
  @Test
  void verifiedYear_liveRowEditedInDatabase_auditCheckReportsDrift() throws Exception {
    long id = importNew(COAL);
    verifyYear("/api/v1/enterprises/" + id, 2024, 1);
    String original = rowDoc(id);
    String forged = original.replaceFirst("\"quantity\"\\s*:\\s*150(\\.0)?", "\"quantity\":15");
    assertThat(forged).isNotEqualTo(original);
    try {
      setRowDoc(id, forged);
      assertThat(store.audit().verifySnapshots())
          .anyMatch(p -> p.contains("enterprise " + id) && p.contains("differ from the verified"));
      assertThat(json(get("/api/v1/admin/audit/verify")).get("ok").asBoolean()).isFalse();
    } finally {
      setRowDoc(id, original);
    }
    assertThat(store.audit().verifySnapshots()).noneMatch(p -> p.contains("enterprise " + id));
  }

  private static final String DIESEL = " WHERE enterprise_id = ? AND row_key = 'diesel-2024-01'";

  private String rowDoc(long enterpriseId) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT doc FROM inventory_row" + DIESEL)) {
      ps.setLong(1, enterpriseId);
      try (java.sql.ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        return rs.getString(1);
      }
    }
  }

  private void setRowDoc(long enterpriseId, String doc) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("UPDATE inventory_row SET doc = ?" + DIESEL)) {
      ps.setString(1, doc);
      ps.setLong(2, enterpriseId);
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }
  }

  private String snapshot(long enterpriseId) {
    return store.periods().version(enterpriseId, 2024, 1).orElseThrow().snapshot();
  }

  private void setSnapshot(long enterpriseId, String snapshot, @Nullable String sha)
      throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                sha == null
                    ? "UPDATE period_version SET snapshot = ? WHERE enterprise_id = ?"
                    : "UPDATE period_version SET snapshot = ?, snapshot_sha256 = ?"
                        + " WHERE enterprise_id = ?")) {
      ps.setString(1, snapshot);
      if (sha == null) {
        ps.setLong(2, enterpriseId);
      } else {
        ps.setString(2, sha);
        ps.setLong(3, enterpriseId);
      }
      ps.executeUpdate();
    }
  }

  @Test
  void adminAudit_listsGroupEntriesAndChainVerifies() {
    long id = importNew(COAL);

    JsonNode recent = json(get("/api/v1/admin/audit?size=5"));
    JsonNode check = json(get("/api/v1/admin/audit/verify"));

    assertThat(recent.size()).isBetween(1, 5);
    assertThat(recent.get(0).get("enterpriseId").asLong()).isEqualTo(id);
    assertThat(recent.get(0).get("action").asString()).isEqualTo("import");
    assertThat(check.get("ok").asBoolean()).as(check.toString()).isTrue();
    assertThat(check.get("entries").asLong()).isPositive();
    assertThat(check.get("firstBroken").isNull()).isTrue();
  }

  private void verifyYear(String e, int year, int version) {
    String y = e + "/years/" + year;
    assertThat(json(postJson(y + "/submit", "{}")).get("status").asString()).isEqualTo("submitted");
    assertThat(json(postJson(y + "/review", "{}")).get("status").asString()).isEqualTo("reviewed");
    HttpResponse<byte[]> v =
        send(
            HttpRequest.newBuilder(uri(y + "/verify"))
                .header("Authorization", basic(verifier, PW))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(v.statusCode()).as(body(v)).isEqualTo(200);
    assertThat(json(v).get("status").asString()).isEqualTo("verified");
    assertThat(json(v).get("version").asInt()).isEqualTo(version);
    assertThat(json(v).get("locked").asBoolean()).isTrue();
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static String body(HttpResponse<byte[]> r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }
}
