package org.minecarbon.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.planning.model.Mip;
import org.minecarbon.planning.plan.Effect;
import org.minecarbon.planning.plan.Measure;
import org.minecarbon.planning.plan.PlanDocument;
import org.minecarbon.planning.plan.Prices;
import org.minecarbon.planning.plan.Select;
import org.minecarbon.planning.plan.Target;
import org.minecarbon.planning.plan.YearPath;
import org.minecarbon.planning.result.PlanResult;
import org.minecarbon.planning.solver.MipSolution;
import org.minecarbon.planning.solver.Solvers;

/**
 * Second opinions on the optimum: the exported free MPS solved by the outside CBC binary ({@code
 * /usr/bin/cbc}, Debian coinor-cbc) must give objective × scale + constant equal to ours to 1e-6
 * relative; SCIP and CBC through MPSolver must agree on the same programme. Plus the properties of
 * the issue: more budget never raises the optimum, a higher allowance price never lowers the
 * allowance-weighted abatement.
 */
class ConformanceTest {
  private static final FactorLibrary LIBRARY = FactorLibrary.builtIn();
  private static final Path CBC = Path.of("/usr/bin/cbc");

  /** A seeded random plan: diesel and electricity baseline, n measures, groups and requires. */
  static PlanDocument random(long seed, int n, double budget, double allowanceScale) {
    Random rnd = new Random(seed);
    List<Measure> ms = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Effect e =
          switch (i % 3) {
            case 0 ->
                new Effect.Reduce(
                    new Select("fuel", null, null, null, null),
                    0.02 + 0.03 * rnd.nextDouble(),
                    "/m");
            case 1 -> new Effect.Generate(500 + 3000 * rnd.nextDouble(), null, "/m");
            default -> Plans.sink(100 + 900 * rnd.nextDouble());
          };
      String group = i % 5 == 4 ? "g" + (i % 2) : null;
      List<String> req = i % 7 == 6 ? List.of("m" + (i - 1)) : List.of();
      ms.add(
          new Measure(
              "m" + i,
              null,
              org.minecarbon.planning.plan.Category.OTHER,
              200_000 + 2_000_000 * rnd.nextDouble(),
              5 + rnd.nextInt(15),
              -50_000 + 150_000 * rnd.nextDouble(),
              2025 + rnd.nextInt(4),
              group,
              req,
              List.of(e),
              "/measures/" + i));
    }
    Prices prices =
        new Prices(
            new YearPath(
                List.of(
                    new YearPath.Point(2025, 80 * allowanceScale),
                    new YearPath.Point(2034, 300 * allowanceScale))),
            Plans.flat(2025, 600),
            Plans.flat(2025, 300),
            Map.of("diesel", Plans.flat(2025, 7800)));
    return Plans.plan(
        Plans.inventory(10_000, 40_000),
        2025,
        2034,
        0.06,
        prices,
        Plans.flat(2025, budget),
        List.of(new Target.Peak(2027, "/targets/0"), new Target.Neutral(2030, "/targets/1")),
        ms);
  }

  static PlanRun run(PlanDocument doc) {
    return new Planner(LIBRARY, Solvers.scip())
        .plan(doc, Duration.ofSeconds(60), Map.of())
        .orElseThrow();
  }

  @Test
  void exportedMps_solvedByCbc_sameObjective(@TempDir Path dir)
      throws IOException, InterruptedException {
    assumeTrue(Files.isExecutable(CBC), "cbc not installed");
    for (PlanDocument doc :
        List.of(
            PlannerGoldenTest.golden(0.1),
            random(1, 8, 3e6, 1),
            random(2, 20, 4e6, 1),
            // tight: capex 0.2–2.2 M against 1.2 M a year, the budget knapsack on x binds
            random(4, 20, 1.2e6, 1))) {
      PlanRun run = run(doc);
      PlanResult r = run.result();
      Path mps = dir.resolve("p.mps");
      Files.writeString(mps, Solvers.scip().exportMps(run.mip()), StandardCharsets.UTF_8);
      CbcAnswer cbc = cbc(mps, dir);
      // CBC's own objective line carries 8 decimals (in MCNY: 0.01 CNY), so compare it within 1
      // currency unit (the contract's absolute gap) and, exactly, CBC's optimal point evaluated
      // under the exported objective: both × scale + constant must equal our objective.
      double printed = cbc.objective() * r.objectiveScale() + r.objectiveConstant();
      assertThat(printed)
          .isCloseTo(r.objective(), within(Math.max(1.0, 1e-6 * Math.abs(r.objective()))));
      double atPoint = 0;
      List<Mip.Var> vars = run.mip().vars();
      for (Mip.Var v : vars) {
        atPoint += v.obj() * cbc.values().getOrDefault(v.name(), 0.0);
      }
      double theirs = atPoint * r.objectiveScale() + r.objectiveConstant();
      assertThat(theirs)
          .isCloseTo(r.objective(), within(1e-6 * Math.max(1, Math.abs(r.objective()))));
    }
  }

  /** CBC's objective line and its solution values by column name. */
  record CbcAnswer(double objective, Map<String, Double> values) {}

  private static CbcAnswer cbc(Path mps, Path dir) throws IOException, InterruptedException {
    Path log = dir.resolve("cbc.log");
    Path sol = dir.resolve("cbc.sol");
    Process p =
        new ProcessBuilder(
                CBC.toString(),
                mps.toString(),
                "ratio",
                "1e-9",
                "allow",
                "1e-9",
                "solve",
                "solu",
                sol.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertThat(p.waitFor()).isZero();
    List<String> lines = Files.readAllLines(sol);
    Matcher m = Pattern.compile("^Optimal - objective value\\s+(\\S+)").matcher(lines.get(0));
    assertThat(m.find()).as(Files.readString(log)).isTrue();
    Map<String, Double> values = new java.util.HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.strip().split("\\s+");
      values.put(f[1], Double.parseDouble(f[2]));
    }
    return new CbcAnswer(Double.parseDouble(m.group(1)), values);
  }

  @Test
  void scipAndCbc_sameProgramme_sameOptimum() {
    PlanRun run = run(random(3, 20, 4e6, 1));
    MipSolution scip = Solvers.scip().solve(run.mip(), Duration.ofSeconds(60));
    MipSolution cbc = Solvers.cbc().solve(run.mip(), Duration.ofSeconds(60));
    assertThat(cbc.objective())
        .isCloseTo(scip.objective(), within(1e-6 * Math.max(1, Math.abs(scip.objective()))));
  }

  @Test
  void moreBudget_neverRaisesOptimum() {
    for (long seed = 10; seed < 13; seed++) {
      double low = run(random(seed, 10, 1e6, 1)).result().objective();
      double high = run(random(seed, 10, 3e6, 1)).result().objective();
      assertThat(high).isLessThanOrEqualTo(low + 1e-6 * Math.abs(low));
    }
  }

  @Test
  void higherAllowancePrice_neverLowersAbatement() {
    // Revealed preference: with the price path doubled, the discounted allowance bill Σ d·p·B at
    // the base prices cannot rise, i.e. the price-weighted abatement cannot fall.
    for (long seed = 20; seed < 23; seed++) {
      PlanDocument base = random(seed, 10, 3e6, 1);
      double lowBill = bill(base, run(base).result());
      double highBill = bill(base, run(random(seed, 10, 3e6, 2)).result());
      assertThat(highBill).isLessThanOrEqualTo(lowBill + 1e-6 * Math.max(1, lowBill));
    }
  }

  private static double bill(PlanDocument doc, PlanResult r) {
    double s = 0;
    for (var y : r.years()) {
      s += doc.discount(y.year()) * doc.prices().allowance().at(y.year()) * y.allowances();
    }
    return s;
  }
}
