package org.minecarbon.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvidenceDownloadsTest {

  @Test
  void disposition_unicodeAndQuotes_asciiFallbackAndRfc5987() {
    assertThat(EvidenceDownloads.disposition("发票 \"1\".pdf"))
        .isEqualTo(
            "attachment; filename=\"__ _1_.pdf\"; filename*=UTF-8''%E5%8F%91%E7%A5%A8%20%221%22.pdf");
  }
}
