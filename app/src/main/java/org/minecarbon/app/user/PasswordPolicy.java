package org.minecarbon.app.user;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.minecarbon.core.result.Issue;

/**
 * What a chosen password must be (issue 11): at least {@value #MIN_LENGTH} characters, not one of
 * the common passwords of the bundled list ({@code common-passwords-12plus.txt.gz}, OWASP SecLists,
 * cited in the file), not the user name or a repetition or run of one character or keyboard row,
 * and not containing the user name. Generated passwords ({@link Passwords#random}) pass by
 * construction. Every problem is reported, with the pointer given by the caller.
 */
public final class PasswordPolicy {
  /** Minimum length in characters (NIST SP 800-63B asks at least 8 for user-chosen ones). */
  public static final int MIN_LENGTH = 12;

  /** Code of a password the policy refuses. */
  public static final String WEAK_PASSWORD = "WEAK_PASSWORD";

  private static final String LIST = "common-passwords-12plus.txt.gz";
  private static final String[] RUNS = {
    "0123456789", "abcdefghijklmnopqrstuvwxyz", "qwertyuiop", "asdfghjkl", "zxcvbnm"
  };
  private static volatile Set<String> common;

  private PasswordPolicy() {}

  /** The problems of {@code password} for the user {@code username}; empty when acceptable. */
  public static List<Issue> check(String username, String password, String pointer) {
    List<Issue> issues = new ArrayList<>();
    if (password.length() < MIN_LENGTH) {
      issues.add(
          Issue.error(
              WEAK_PASSWORD, pointer, "a password of at least " + MIN_LENGTH + " characters"));
      return issues;
    }
    String lower = password.toLowerCase(Locale.ROOT);
    String user = username.strip().toLowerCase(Locale.ROOT);
    if (user.length() >= 3 && lower.contains(user)) {
      issues.add(Issue.error(WEAK_PASSWORD, pointer, "the password contains the user name"));
    }
    if (lower.chars().distinct().count() <= 2 || isRun(lower)) {
      issues.add(
          Issue.error(
              WEAK_PASSWORD,
              pointer,
              "the password is a repetition or a keyboard or alphabet run; choose a passphrase"));
    } else if (commonPasswords().contains(lower)) {
      issues.add(
          Issue.error(
              WEAK_PASSWORD,
              pointer,
              "the password is on the list of common (breached) passwords; choose another"));
    }
    return issues;
  }

  /** True when every character follows the previous one on a digit, alphabet or keyboard row. */
  private static boolean isRun(String s) {
    for (int i = 1; i < s.length(); i++) {
      if (!follows(s.charAt(i - 1), s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean follows(char a, char b) {
    if (a == b) {
      return true;
    }
    for (String run : RUNS) {
      int i = run.indexOf(a);
      if (i >= 0 && (run.indexOf(b) == i + 1 || run.indexOf(b) == i - 1)) {
        return true;
      }
    }
    // wrapping 9 → 0 as in "1234567890"
    return a == '9' && b == '0';
  }

  private static Set<String> commonPasswords() {
    Set<String> set = common;
    if (set == null) {
      set = load();
      common = set;
    }
    return set;
  }

  private static Set<String> load() {
    try (InputStream in =
            Objects.requireNonNull(
                PasswordPolicy.class.getResourceAsStream(LIST), LIST + " is missing");
        BufferedReader r =
            new BufferedReader(
                new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
      Set<String> set = new HashSet<>(64_000);
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          set.add(line);
        }
      }
      return Set.copyOf(set);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + LIST, e);
    }
  }
}
