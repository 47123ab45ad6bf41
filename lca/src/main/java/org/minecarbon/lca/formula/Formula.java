package org.minecarbon.lca.formula;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * A parsed openLCA formula. Grammar (precedence low → high): {@code or}, {@code and}, comparison
 * ({@code = <> < > <= >=}; {@code =} compares, it never assigns), {@code + -}, {@code * /}, unary
 * {@code -}/{@code +}, {@code ^} (right-associative), primary (number, name, call, parentheses).
 * Arguments are separated by {@code ;} or {@code ,} as openLCA accepts. Names are case-insensitive.
 * Booleans are numbers: 0 is false, anything else true.
 */
public final class Formula {
  private final Node root;
  private final String text;

  private Formula(String text, Node root) {
    this.text = text;
    this.root = root;
  }

  /** Parses {@code text}; a syntax error is a {@link FormulaException}. */
  public static Formula parse(String text) {
    Parser p = new Parser(Lexer.tokens(text));
    Node n = p.expression();
    p.expectEnd();
    return new Formula(text, n);
  }

  /** Evaluates with {@code variables} resolving lower-cased names; unknown names throw. */
  public double evaluate(ToDoubleFunction<String> variables) {
    return root.eval(variables);
  }

  /** The lower-cased names this formula reads. */
  public List<String> variables() {
    List<String> out = new ArrayList<>();
    root.collect(out);
    return out;
  }

  public String text() {
    return text;
  }

  /** One node of the expression tree. */
  sealed interface Node permits Num, Var, Call, Bin, Neg {
    double eval(ToDoubleFunction<String> vars);

    default void collect(List<String> out) {}
  }

  record Num(double v) implements Node {
    @Override
    public double eval(ToDoubleFunction<String> vars) {
      return v;
    }
  }

  record Var(String name) implements Node {
    @Override
    public double eval(ToDoubleFunction<String> vars) {
      return vars.applyAsDouble(name);
    }

    @Override
    public void collect(List<String> out) {
      out.add(name);
    }
  }

  record Neg(Node n) implements Node {
    @Override
    public double eval(ToDoubleFunction<String> vars) {
      return -n.eval(vars);
    }

    @Override
    public void collect(List<String> out) {
      n.collect(out);
    }
  }

  record Bin(String op, Node l, Node r) implements Node {
    @Override
    public double eval(ToDoubleFunction<String> vars) {
      double a = l.eval(vars);
      if (op.equals("and") && a == 0) {
        return 0;
      }
      if (op.equals("or") && a != 0) {
        return 1;
      }
      double b = r.eval(vars);
      return switch (op) {
        case "+" -> a + b;
        case "-" -> a - b;
        case "*" -> a * b;
        case "/" -> a / b;
        case "^" -> Math.pow(a, b);
        case "=" -> a == b ? 1 : 0;
        case "<>" -> a != b ? 1 : 0;
        case "<" -> a < b ? 1 : 0;
        case ">" -> a > b ? 1 : 0;
        case "<=" -> a <= b ? 1 : 0;
        case ">=" -> a >= b ? 1 : 0;
        case "and", "or" -> b != 0 ? 1 : 0;
        default -> throw new FormulaException("unknown operator " + op);
      };
    }

    @Override
    public void collect(List<String> out) {
      l.collect(out);
      r.collect(out);
    }
  }

  record Call(String fn, List<Node> args) implements Node {
    Call {
      args = List.copyOf(args);
      Functions.checkArity(fn.toLowerCase(Locale.ROOT), args.size());
    }

    @Override
    public double eval(ToDoubleFunction<String> vars) {
      return Functions.apply(fn.toLowerCase(Locale.ROOT), args, vars);
    }

    @Override
    public void collect(List<String> out) {
      args.forEach(a -> a.collect(out));
    }
  }
}
