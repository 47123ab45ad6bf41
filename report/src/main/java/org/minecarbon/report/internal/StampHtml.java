package org.minecarbon.report.internal;

import java.time.format.DateTimeFormatter;
import org.minecarbon.core.text.Lang;
import org.minecarbon.report.ReportStamp;

/**
 * The status block under the title and the status text of every page's header: a verified version
 * names status, version, verifier, local time and snapshot SHA-256; a draft gets a diagonal 草稿 /
 * DRAFT watermark repeated on every page (a {@code position: fixed} element).
 */
final class StampHtml {
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'xxx");

  static final String CSS =
      """
      div.watermark { position: fixed; top: 95mm; left: 10mm; width: 170mm; text-align: center;
        font-size: 110pt; color: #E4E4E4; transform: rotate(-35deg); z-index: -1; }
      table.stamp { border: 1.5px solid #1F3864; margin: 2mm 0 4mm 0; }
      table.stamp th { width: 22%; text-align: left; }
      td.hash { font-size: 7pt; }
      p.draft { text-align: center; color: #B00020; font-weight: bold; }
      """;

  private StampHtml() {}

  /** Text of the page header: {@code 已核证 · 2024 v2} or {@code 草稿（未核证）}. */
  static String header(ReportStamp stamp, Lang lang) {
    return switch (stamp) {
      case ReportStamp.Verified v ->
          lang.pick("已核证 · %d 年 第 %d 版", "Verified · %d v%d").formatted(v.year(), v.version());
      case ReportStamp.Draft d -> lang.pick("草稿（未核证）", "DRAFT (not verified)");
    };
  }

  static void write(Html h, ReportStamp stamp, Lang lang) {
    switch (stamp) {
      case ReportStamp.Verified v -> verified(h, v, lang);
      case ReportStamp.Draft d -> draft(h, d, lang);
    }
  }

  private static void verified(Html h, ReportStamp.Verified v, Lang lang) {
    h.raw("<table class=\"stamp\">");
    pair(h, lang.pick("核证状态", "Status"), lang.pick("已核证（数据已锁定）", "Verified (locked)"));
    pair(h, lang.pick("年度与版本", "Year and version"), v.year() + " · v" + v.version());
    pair(h, lang.pick("核证人", "Verifier"), v.verifier());
    pair(h, lang.pick("核证时间", "Verified at"), TIME.format(v.at().atZone(v.zone())));
    h.raw("<tr>").el("th", "", lang.pick("快照 SHA-256", "Snapshot SHA-256"));
    h.el("td", "hash", v.sha256()).raw("</tr></table>");
  }

  private static void draft(Html h, ReportStamp.Draft d, Lang lang) {
    h.el("div", "watermark", lang.pick("草稿", "DRAFT"));
    String status =
        switch (d.status()) {
          case "submitted" -> lang.pick("已提交审核", "submitted");
          case "reviewed" -> lang.pick("已审核，待核证", "reviewed, not yet verified");
          case "draft" -> lang.pick("草稿", "draft");
          case "verified" ->
              lang.pick(
                  "年度已核证，本文件为当前数据而非核证版本", "verified; this file is the live data, not the version");
          default -> lang.pick("未核证", "not verified");
        };
    String version = d.version() > 0 ? " · v" + d.version() : "";
    h.el(
        "p",
        "draft",
        lang.pick("草稿：数据未核证（状态：%s%s），不得作为核证报告使用。", "DRAFT: not verified (status: %s%s).")
            .formatted(status, version));
  }

  private static void pair(Html h, String label, String value) {
    h.raw("<tr>").el("th", "", label).td(value).raw("</tr>");
  }
}
