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
}
