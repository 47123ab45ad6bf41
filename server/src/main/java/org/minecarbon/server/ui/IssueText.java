package org.minecarbon.server.ui;

import java.util.ArrayList;
import java.util.List;
import org.minecarbon.core.result.Issue;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An issue as a page shows it, in the page's language: where (the row named by its list and number,
 * the field by its label) and what (one sentence per code). English pages keep the engine's
 * message; a Chinese page never shows a code, a JSON Pointer or an English message. Templates call
 * it as {@code @issues}.
 */
@Component("issues")
public class IssueText {
  private static final java.util.regex.Pattern CELL =
      java.util.regex.Pattern.compile("sheet (.+), row (\\d+), column (.+)");

  private final MessageSource messages;

  IssueText(MessageSource messages) {
    this.messages = messages;
  }

  /** "排放数据第 16 行 · 密度" for {@code /activities/15/density}; empty for the whole document. */
  public String where(Issue issue) {
    String pointer = issue.pointer();
    if (pointer.isEmpty() || pointer.equals("/")) {
      return "";
    }
    if (!pointer.startsWith("/")) {
      return pointer; // a file location ("processes/ID.json: exchanges/3/unit"), not a pointer
    }
    String[] parts = pointer.substring(1).split("/");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i].replace("~1", "/").replace("~0", "~");
      if (p.matches("\\d{1,9}") && i > 0) {
        out.set(out.size() - 1, text("issue.where.row", out.getLast(), Integer.parseInt(p) + 1));
      } else {
        out.add(label(p));
      }
    }
    return String.join(" · ", out);
  }

  /**
   * Where the problem is: the workbook cell ("sheet S, row N, column C" from io, in the page's
   * language) when the issue came from a workbook, else the row and field of its pointer.
   */
  public String place(Issue issue) {
    java.util.regex.Matcher m = CELL.matcher(issue.location());
    if (m.matches()) {
      return text("issue.where.cell", m.group(1), m.group(2), m.group(3));
    }
    String where = where(issue);
    return where.isEmpty() && !UiLabels.chinese() ? issue.location() : where;
  }

  /** The sentence for the issue's code; the engine's message on an English page or unknown code. */
  public String what(Issue issue) {
    if (!UiLabels.chinese()) {
      return issue.message();
    }
    String known = find("issue.text." + issue.code());
    return known != null ? known : text("issue.text.other");
  }

  /** What was expected, on English pages only (the engine states it in English). */
  public String expected(Issue issue) {
    return UiLabels.chinese() ? "" : issue.expected();
  }

  private String label(String field) {
    String known = find("field." + field);
    return known != null ? known : field;
  }

  private String find(String key) {
    return messages.getMessage(key, null, null, LocaleContextHolder.getLocale());
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
