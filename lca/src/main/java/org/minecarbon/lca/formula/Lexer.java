package org.minecarbon.lca.formula;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits a formula into tokens: numbers, names (lower-cased), operators and separators. */
final class Lexer {
  /** A token; {@code kind} is 'n' number, 'v' name, 'o' operator/punctuation, 'e' end. */
  record Token(char kind, String text, double number) {}

  private Lexer() {}

  static List<Token> tokens(String s) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (Character.isDigit(c) || (c == '.' && i + 1 < s.length() && isDigit(s, i + 1))) {
        i = number(s, i, out);
      } else if (Character.isLetter(c) || c == '_') {
        int j = i;
        while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
          j++;
        }
        out.add(new Token('v', s.substring(i, j).toLowerCase(Locale.ROOT), 0));
        i = j;
      } else {
        i = operator(s, i, out);
      }
    }
    out.add(new Token('e', "", 0));
    return out;
  }

  private static boolean isDigit(String s, int i) {
    return Character.isDigit(s.charAt(i));
  }

  private static int number(String s, int i, List<Token> out) {
    int j = i;
    while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) {
      j++;
    }
    if (j < s.length() && (s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
      int k = j + 1;
      if (k < s.length() && (s.charAt(k) == '+' || s.charAt(k) == '-')) {
        k++;
      }
      if (k < s.length() && Character.isDigit(s.charAt(k))) {
        j = k;
        while (j < s.length() && Character.isDigit(s.charAt(j))) {
          j++;
        }
      }
    }
    try {
      out.add(new Token('n', s.substring(i, j), Double.parseDouble(s.substring(i, j))));
    } catch (NumberFormatException e) {
      throw new FormulaException("bad number '" + s.substring(i, j) + "'");
    }
    return j;
  }

  private static int operator(String s, int i, List<Token> out) {
    String two = i + 1 < s.length() ? s.substring(i, i + 2) : "";
    switch (two) {
      case "<=", ">=", "<>", "==", "!=", "&&", "||" -> {
        String norm =
            switch (two) {
              case "==" -> "=";
              case "!=" -> "<>";
              case "&&" -> "and";
              case "||" -> "or";
              default -> two;
            };
        out.add(new Token('o', norm, 0));
        return i + 2;
      }
      default -> {}
    }
    char c = s.charAt(i);
    if ("+-*/^=<>();,".indexOf(c) < 0) {
      throw new FormulaException("unexpected character '" + c + "' at " + i);
    }
    out.add(new Token('o', String.valueOf(c), 0));
    return i + 1;
  }
}
