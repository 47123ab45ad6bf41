package org.minecarbon.server.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import org.minecarbon.app.evidence.EvidenceView;
import org.springframework.http.HttpHeaders;

/** Response headers of an evidence download, shared by the API and the UI. */
public final class EvidenceDownloads {
  private EvidenceDownloads() {}

  /**
   * Headers that make every browser save the file instead of rendering it: attachment, nosniff, a
   * sandboxing CSP, no caching by shared caches; and the SHA-256 (RFC 9530 Repr-Digest).
   */
  public static HttpHeaders headers(EvidenceView v) {
    HttpHeaders h = new HttpHeaders();
    h.set(HttpHeaders.CONTENT_TYPE, v.type());
    h.set(HttpHeaders.CONTENT_DISPOSITION, disposition(v.name()));
    h.set("X-Content-Type-Options", "nosniff");
    h.set("Content-Security-Policy", "sandbox; default-src 'none'");
    h.set(HttpHeaders.CACHE_CONTROL, "private, no-store");
    byte[] sha = HexFormat.of().parseHex(v.sha256());
    h.set("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(sha) + ":");
    return h;
  }

  /** {@code attachment; filename="ascii fallback"; filename*=UTF-8''percent-encoded} (RFC 6266). */
  public static String disposition(String name) {
    StringBuilder ascii = new StringBuilder();
    StringBuilder encoded = new StringBuilder();
    name.codePoints()
        .forEach(
            c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (Character.isLetterOrDigit(c) && c < 0x80 || "!#$&+-.^_`|~".indexOf(c) >= 0) {
        encoded.append((char) c);
      } else {
        encoded.append('%').append(String.format("%02X", c));
      }
    }
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
