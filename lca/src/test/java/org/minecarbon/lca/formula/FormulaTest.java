package org.minecarbon.lca.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minecarbon.lca.model.Parameter;

class FormulaTest {
  private static final double TOL = 1e-12;

  private static double eval(String f) {
    return Formula.parse(f).evaluate(n -> 0);
  }

  @Test
  void arithmetic_precedence_powerBindsTighterThanUnaryMinus() {
    // 2 + 3*4 = 14; -2^2 = -(2^2) = -4 (as openLCA); 2^3^2 = 2^9 = 512 (right-associative)
    assertThat(eval("2 + 3*4")).isCloseTo(14, within(TOL));
    assertThat(eval("-2^2")).isCloseTo(-4, within(TOL));
    assertThat(eval("2^3^2")).isCloseTo(512, within(TOL));
    assertThat(eval("1.5e3/3")).isCloseTo(500, within(TOL));
  }

  @Test
  void ifWithSemicolons_equalsIsComparison_picksBranch() {
    // IF(0=0; 1; 2) → 1; IF(1=0; 1; 2) → 2; comma separators are accepted as well
    assertThat(eval("IF(0=0; 1; 2)")).isCloseTo(1, within(TOL));
    assertThat(eval("if(1=0;1;2)")).isCloseTo(2, within(TOL));
    assertThat(eval("IF(2 > 1, 10, 20)")).isCloseTo(10, within(TOL));
    assertThat(eval("IF(1 <> 1; 1; 0)")).isCloseTo(0, within(TOL));
  }

  @Test
  void functions_usualOnes_evaluate() {
    // sqrt(16)=4, abs(-3)=3, max(1;5;2)=5, min(4,2)=2, ln(e)=1, log(100)=2
    assertThat(eval("sqrt(16) + abs(-3)")).isCloseTo(7, within(TOL));
    assertThat(eval("max(1; 5; 2) - min(4, 2)")).isCloseTo(3, within(TOL));
    assertThat(eval("ln(exp(1)) + log(100)")).isCloseTo(3, within(TOL));
  }

  @Test
  void scope_processOverGlobal_caseInsensitiveAndCalculated() {
    // global Concrete = 100, process Cement_Fraction = 0.141, Portland = concrete*CEMENT_fraction
    Scope global = Scope.global(List.of(new Parameter("Concrete", 100, "")));
    Scope process =
        global.child(
            List.of(
                new Parameter("Cement_Fraction", 0.141, ""),
                new Parameter("Portland ", 0, "concrete*CEMENT_fraction")));
    assertThat(process.evaluate("PORTLAND")).isCloseTo(14.1, within(TOL));
  }

  @Test
  void scope_processShadowsGlobal() {
    Scope global = Scope.global(List.of(new Parameter("x", 1, "")));
    assertThat(global.child(List.of(new Parameter("X", 2, ""))).evaluate("x*10"))
        .isCloseTo(20, within(TOL));
  }

  @Test
  void scope_unknownNameOrCycle_throws() {
    Scope s = Scope.global(List.of(new Parameter("a", 0, "b+1"), new Parameter("b", 0, "a+1")));
    assertThatThrownBy(() -> s.evaluate("a")).isInstanceOf(FormulaException.class);
    assertThatThrownBy(() -> s.evaluate("zz")).hasMessageContaining("unknown parameter");
  }

  @Test
  void parse_syntaxError_throws() {
    assertThatThrownBy(() -> Formula.parse("1 +")).isInstanceOf(FormulaException.class);
    assertThatThrownBy(() -> Formula.parse("IF(1;2)")).isInstanceOf(FormulaException.class);
    assertThatThrownBy(() -> Formula.parse("2 $ 3")).isInstanceOf(FormulaException.class);
  }
}
