package org.minecarbon.store.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The documented canonical serialization of an audit entry, pinned. */
class AuditHashTest {

  @Test
  void hash_documentedSerialization_pinnedValue() {
    String hash =
        AuditRepository.hash(
            1,
            AuditRepository.GENESIS,
            LocalDateTime.of(2026, 11, 22, 14, 0),
            "alice",
            3L,
            null,
            "row",
            "42",
            "update",
            "{\"quantity\":1}",
            "{\"quantity\":2}",
            null);

    // printf 'minecarbon-audit-v1\n1:1\n64:000…000\n24:2026-11-22T14:00:00.000Z\n5:alice\n1:3\n~\n'
    //   '3:row\n2:42\n6:update\n14:{"quantity":1}\n14:{"quantity":2}\n~' | sha256sum
    assertThat(hash).isEqualTo("6d5a0ceed94e682a6a9e6387baac446b0e0221e910628342b27ec4bc2d218666");
  }

  @Test
  void hash_valueMovedBetweenFields_differs() {
    LocalDateTime at = LocalDateTime.of(2026, 1, 1, 0, 0);
    String a = AuditRepository.hash(1, "p", at, "a", null, null, "row", "1", "x", "ab", "c", null);
    String b = AuditRepository.hash(1, "p", at, "a", null, null, "row", "1", "x", "a", "bc", null);

    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void atText_fullStoredPrecision_millisKeepThreeDecimals() {
    // whole milliseconds: the pre-microsecond serialization, so old chains still verify
    assertThat(AuditRepository.atText(LocalDateTime.of(2026, 1, 2, 3, 4, 5, 120_000_000)))
        .isEqualTo("2026-01-02T03:04:05.120Z");
    assertThat(AuditRepository.atText(LocalDateTime.of(2026, 1, 2, 3, 4, 5, 120_345_000)))
        .isEqualTo("2026-01-02T03:04:05.120345Z");
    assertThat(AuditRepository.atText(LocalDateTime.of(2026, 1, 2, 3, 4, 5, 120_345_678)))
        .isEqualTo("2026-01-02T03:04:05.120345678Z");
  }

  @Test
  void hash_timeEditedByOneMicrosecond_differs() {
    // issue 11: the hash covered milliseconds only, so a sub-millisecond edit went unnoticed
    LocalDateTime at = LocalDateTime.of(2026, 1, 1, 0, 0, 0, 5_000_000);
    String a = AuditRepository.hash(1, "p", at, "a", null, null, "row", "1", "x", null, null, null);
    String b =
        AuditRepository.hash(
            1, "p", at.plusNanos(1_000), "a", null, null, "row", "1", "x", null, null, null);

    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void hash_longTextHashedInPieces_sameAsWholeEncoding() throws Exception {
    // an import's entry (tens of MB) is encoded into the digest in 64 Ki-char pieces: Chinese text,
    // a surrogate pair and a lone surrogate ('?', as String.getBytes) across the piece boundaries
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 300_000) {
      sb.append("{\"site\":\"主井\",\"v\":\"\uD83D\uDE00\"}").append('\uD800').append("ab");
    }
    String after = sb.toString();
    LocalDateTime at = LocalDateTime.of(2026, 1, 1, 0, 0);
    String hash =
        AuditRepository.hash(1, "p", at, "a", null, null, "import", "1", "x", null, after, null);

    java.security.MessageDigest d = java.security.MessageDigest.getInstance("SHA-256");
    String whole =
        "minecarbon-audit-v1\n1:1\n1:p\n24:2026-01-01T00:00:00.000Z\n1:a\n~\n~\n6:import\n1:1\n1:x"
            + "\n~\n"
            + after.length()
            + ":"
            + after
            + "\n~";
    String expected =
        java.util.HexFormat.of()
            .formatHex(d.digest(whole.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(hash).isEqualTo(expected);
  }
}
