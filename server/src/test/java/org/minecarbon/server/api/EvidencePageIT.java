package org.minecarbon.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The evidence page through the web login (session + CSRF): it renders in both languages, uploads
 * and downloads as an attachment, and refuses a POST without the CSRF token.
 */
class EvidencePageIT extends ApiTestBase {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

  @Autowired DataSource dataSource;

  private final HttpClient browser =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @Test
  void page_uploadThenDownload_attachmentWithNosniff() throws Exception {
    long id = importNew(COAL);
    long row = json(get("/api/v1/enterprises/" + id + "/rows")).get(0).get("id").asLong();
    login();
    String page = "/e/" + id + "/rows/" + row + "/evidence";

    HttpResponse<String> before = web(page + "?lang=en");
    HttpResponse<String> up = uploadForm(page, token(before.body()), "meter.csv");
    HttpResponse<String> after = web(page + "?lang=zh");

    assertThat(before.statusCode()).isEqualTo(200);
    assertThat(before.body()).contains("Evidence").contains("No evidence for this row yet");
    assertThat(up.statusCode()).as(up.body()).isEqualTo(302);
    assertThat(up.headers().firstValue("Location")).get().asString().contains("uploaded");
    assertThat(after.body()).contains("证明材料").contains("meter.csv");
    Matcher link =
        Pattern.compile("href=\"(/e/\\d+/evidence/\\d+/download)\"").matcher(after.body());
    assertThat(link.find()).isTrue();
    HttpResponse<String> file = web(link.group(1));
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.body()).isEqualTo("a,b\n1,2\n");
    assertThat(file.headers().firstValue("Content-Disposition"))
        .get()
        .asString()
        .startsWith("attachment");
    assertThat(file.headers().firstValue("X-Content-Type-Options")).get().isEqualTo("nosniff");
  }

  @Test
  void upload_withoutCsrfToken_refusedAndNothingSaved() throws Exception {
    long id = importNew(COAL);
    long row = json(get("/api/v1/enterprises/" + id + "/rows")).get(0).get("id").asLong();
    login();
    String page = "/e/" + id + "/rows/" + row + "/evidence";

    HttpResponse<String> r = uploadForm(page, "not-the-token", "a.csv");

    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(json(get("/api/v1/enterprises/" + id + "/rows/" + row + "/evidence"))).isEmpty();
  }

  @Test
  void download_tamperedContent_409PlainTextNotTheBytes() throws Exception {
    long id = importNew(COAL);
    long row = json(get("/api/v1/enterprises/" + id + "/rows")).get(0).get("id").asLong();
    login();
    String page = "/e/" + id + "/rows/" + row + "/evidence";
    uploadForm(page, token(web(page).body()), "m.csv");
    long ev =
        json(get("/api/v1/enterprises/" + id + "/rows/" + row + "/evidence"))
            .get(0)
            .get("id")
            .asLong();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("UPDATE evidence_file SET content = ? WHERE id = ?")) {
      ps.setBytes(1, "a,b\n6,6\n".getBytes(StandardCharsets.UTF_8));
      ps.setLong(2, ev);
      ps.executeUpdate();
    }

    HttpResponse<String> r = web("/e/" + id + "/evidence/" + ev + "/download");

    assertThat(r.statusCode()).isEqualTo(409);
    assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("text/plain");
    assertThat(r.body()).contains("corrupt").doesNotContain("6,6");
  }

  private void login() throws Exception {
    String token = token(web("/login").body());
    String form =
        "username="
            + USER
            + "&password="
            + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
            + "&_csrf="
            + URLEncoder.encode(token, StandardCharsets.UTF_8);
    HttpResponse<String> r =
        browser.send(
            HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.headers().firstValue("Location")).get().asString().doesNotContain("error");
  }

  private HttpResponse<String> web(String path) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> uploadForm(String path, String token, String fileName)
      throws Exception {
    String boundary = "----page" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
            + token
            + "\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: text/csv\r\n\r\n";
    body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    body.writeBytes("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return browser.send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String token(String html) {
    Matcher m = CSRF.matcher(html);
    if (m.find()) {
      return m.group(1);
    }
    Matcher hidden = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
    assertThat(hidden.find()).as("a CSRF token in the page").isTrue();
    return hidden.group(1);
  }
}
