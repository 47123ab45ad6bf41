package org.minecarbon.lca.formula;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.minecarbon.lca.formula.Formula.Bin;
import org.minecarbon.lca.formula.Formula.Node;

/** Recursive-descent parser for {@link Formula}. */
final class Parser {
  private static final Set<String> COMPARISONS = Set.of("=", "<>", "<", ">", "<=", ">=");
  private final List<Lexer.Token> tokens;
  private int pos;

  Parser(List<Lexer.Token> tokens) {
    this.tokens = tokens;
  }

  Node expression() {
    Node n = and();
    while (isName("or") || is("or")) {
      pos++;
      n = new Bin("or", n, and());
    }
    return n;
  }

  void expectEnd() {
    if (peek().kind() != 'e') {
      throw new FormulaException("unexpected '" + peek().text() + "'");
    }
  }

  private Node and() {
    Node n = comparison();
    while (isName("and") || is("and")) {
      pos++;
      n = new Bin("and", n, comparison());
    }
    return n;
  }

  private Node comparison() {
    Node n = additive();
    while (peek().kind() == 'o' && COMPARISONS.contains(peek().text())) {
      String op = tokens.get(pos++).text();
      n = new Bin(op, n, additive());
    }
    return n;
  }

  private Node additive() {
    Node n = term();
    while (is("+") || is("-")) {
      String op = tokens.get(pos++).text();
      n = new Bin(op, n, term());
    }
    return n;
  }

  private Node term() {
    Node n = unary();
    while (is("*") || is("/")) {
      String op = tokens.get(pos++).text();
      n = new Bin(op, n, unary());
    }
    return n;
  }

  private Node unary() {
    if (is("-")) {
      pos++;
      return new Formula.Neg(unary());
    }
    if (is("+")) {
      pos++;
      return unary();
    }
    return power();
  }

  private Node power() {
    Node base = primary();
    if (is("^")) {
      pos++;
      return new Bin("^", base, unary());
    }
    return base;
  }

  private Node primary() {
    Lexer.Token t = tokens.get(pos++);
    switch (t.kind()) {
      case 'n' -> {
        return new Formula.Num(t.number());
      }
      case 'v' -> {
        if (is("(")) {
          pos++;
          return new Formula.Call(t.text(), arguments());
        }
        return new Formula.Var(t.text());
      }
      default -> {
        if (t.text().equals("(")) {
          Node n = expression();
          expect(")");
          return n;
        }
        throw new FormulaException(t.kind() == 'e' ? "unexpected end" : "unexpected " + t.text());
      }
    }
  }

  private List<Node> arguments() {
    List<Node> args = new ArrayList<>();
    if (is(")")) {
      pos++;
      return args;
    }
    args.add(expression());
    while (is(";") || is(",")) {
      pos++;
      args.add(expression());
    }
    expect(")");
    return args;
  }

  private void expect(String text) {
    if (!is(text)) {
      throw new FormulaException("expected '" + text + "' but found '" + peek().text() + "'");
    }
    pos++;
  }

  private boolean is(String text) {
    return peek().kind() == 'o' && peek().text().equals(text);
  }

  private boolean isName(String name) {
    Lexer.Token t = peek();
    return t.kind() == 'v' && t.text().equals(name) && !nextIs("(");
  }

  private boolean nextIs(String text) {
    Lexer.Token t = pos + 1 < tokens.size() ? tokens.get(pos + 1) : tokens.get(tokens.size() - 1);
    return t.kind() == 'o' && t.text().equals(text);
  }

  private Lexer.Token peek() {
    return tokens.get(pos);
  }
}
