package org.minecarbon.lca.formula;

import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** The functions of openLCA's formula interpreter (names case-insensitive). */
final class Functions {
  /** Arity by name; -1 = one or more. */
  private static final Map<String, Integer> ARITY =
      Map.ofEntries(
          Map.entry("if", 3),
          Map.entry("iif", 3),
          Map.entry("abs", 1),
          Map.entry("sqrt", 1),
          Map.entry("exp", 1),
          Map.entry("ln", 1),
          Map.entry("log", 1),
          Map.entry("log10", 1),
          Map.entry("sin", 1),
          Map.entry("cos", 1),
          Map.entry("tan", 1),
          Map.entry("round", 1),
          Map.entry("ceil", 1),
          Map.entry("floor", 1),
          Map.entry("int", 1),
          Map.entry("pow", 2),
          Map.entry("mod", 2),
          Map.entry("not", 1),
          Map.entry("and", -1),
          Map.entry("or", -1),
          Map.entry("min", -1),
          Map.entry("max", -1),
          Map.entry("sum", -1),
          Map.entry("avg", -1));

  private Functions() {}

  static void checkArity(String fn, int n) {
    Integer arity = ARITY.get(fn);
    if (arity == null) {
      throw new FormulaException("unknown function " + fn);
    }
    if ((arity >= 0 && arity != n) || (arity < 0 && n == 0)) {
      throw new FormulaException(fn + " takes " + (arity < 0 ? "1+" : arity) + " arguments");
    }
  }

  static double apply(String fn, List<Formula.Node> args, ToDoubleFunction<String> vars) {
    if (fn.equals("if") || fn.equals("iif")) {
      return args.get(0).eval(vars) != 0 ? args.get(1).eval(vars) : args.get(2).eval(vars);
    }
    double[] v = new double[args.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = args.get(i).eval(vars);
    }
    return switch (fn) {
      case "abs" -> Math.abs(v[0]);
      case "sqrt" -> Math.sqrt(v[0]);
      case "exp" -> Math.exp(v[0]);
      case "ln" -> Math.log(v[0]);
      case "log", "log10" -> Math.log10(v[0]);
      case "sin" -> Math.sin(v[0]);
      case "cos" -> Math.cos(v[0]);
      case "tan" -> Math.tan(v[0]);
      case "round" -> Math.round(v[0]);
      case "ceil" -> Math.ceil(v[0]);
      case "floor", "int" -> Math.floor(v[0]);
      case "pow" -> Math.pow(v[0], v[1]);
      case "mod" -> v[0] % v[1];
      case "not" -> v[0] == 0 ? 1 : 0;
      case "and" -> all(v) ? 1 : 0;
      case "or" -> any(v) ? 1 : 0;
      case "min" -> fold(v, Math::min);
      case "max" -> fold(v, Math::max);
      case "sum" -> fold(v, Double::sum);
      case "avg" -> fold(v, Double::sum) / v.length;
      default -> throw new FormulaException("unknown function " + fn);
    };
  }

  private static boolean all(double[] v) {
    for (double x : v) {
      if (x == 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean any(double[] v) {
    for (double x : v) {
      if (x != 0) {
        return true;
      }
    }
    return false;
  }

  private static double fold(double[] v, java.util.function.DoubleBinaryOperator op) {
    double acc = v[0];
    for (int i = 1; i < v.length; i++) {
      acc = op.applyAsDouble(acc, v[i]);
    }
    return acc;
  }
}
