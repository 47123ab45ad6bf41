package org.minecarbon.core.balance.internal;

import java.util.ArrayList;
import java.util.List;
import org.minecarbon.core.balance.BalanceStream;
import org.minecarbon.core.result.Issue;

/** Issues in the order found, at most {@code max} kept; the others only counted. */
final class IssueLog {
  private final int max;
  private final List<Issue> kept = new ArrayList<>();
  private long dropped;
  private boolean droppedError;
  private boolean hasError;

  IssueLog(int max) {
    this.max = max;
  }

  void add(Issue issue) {
    hasError |= issue.isError();
    if (kept.size() < max) {
      kept.add(issue);
    } else {
      dropped++;
      droppedError |= issue.isError();
    }
  }

  void insert(int index, Issue issue) {
    add(issue);
    if (kept.getLast() == issue) {
      kept.add(index, kept.removeLast());
    }
  }

  boolean hasErrors() {
    return hasError;
  }

  int size() {
    return kept.size();
  }

  List<Issue> warnings() {
    return kept.stream().filter(i -> !i.isError()).toList();
  }

  /** The kept issues, closed by one {@code TOO_MANY_ISSUES} issue when some were left out. */
  List<Issue> all() {
    List<Issue> out = new ArrayList<>(kept);
    if (dropped > 0) {
      String message = dropped + " more issues not listed (the first " + max + " are)";
      out.add(
          droppedError
              ? Issue.error(BalanceStream.TOO_MANY_ISSUES, "", message, dropped, "fewer problems")
              : Issue.warning(BalanceStream.TOO_MANY_ISSUES, "", message));
    }
    return out;
  }
}
