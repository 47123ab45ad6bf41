package org.minecarbon.bench.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.planning.PlanRun;
import org.minecarbon.planning.Planner;
import org.minecarbon.planning.plan.PlanDocument;
import org.minecarbon.planning.solver.MipSolver;
import org.minecarbon.planning.solver.Solvers;

/**
 * {@code PlanBenchmark [measures=60] [budget=30000000] [seed=1] [limit-s=60]}: the generated plan
 * ({@link PlanWorkload}) planned with SCIP and with CBC through MPSolver (whole use case:
 * projection, programme, solve, result), and the exported MPS solved by {@code /usr/bin/cbc} in a
 * separate process, same run: wall-clock seconds, objectives, ratios to the cbc binary.
 */
public final class PlanBenchmark {
  private PlanBenchmark() {}

  /** One timed planner run. */
  private record Timed(PlanRun run, double seconds) {}

  public static void main(String[] args) throws IOException, InterruptedException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    double budget = args.length > 1 ? Double.parseDouble(args[1]) : 3e7;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
    Duration limit = Duration.ofSeconds(args.length > 3 ? Long.parseLong(args[3]) : 60);
    PlanDocument doc = PlanWorkload.plan(n, seed, budget);
    FactorLibrary lib = FactorLibrary.builtIn();
    plan(lib, Solvers.cbc(), PlanWorkload.plan(5, seed, budget), limit); // natives, JIT
    System.out.printf(
        Locale.ROOT,
        "plan: %d measures x %d years, budget %.0f/yr, seed %d%n",
        n,
        doc.years(),
        budget,
        seed);
    Timed scip = timed("ours SCIP", lib, Solvers.scip(), doc, limit);
    Timed cbc = timed("ours CBC", lib, Solvers.cbc(), doc, limit);
    Path mps = Files.createTempFile("plan", ".mps");
    Files.writeString(mps, Solvers.scip().exportMps(scip.run().mip()), StandardCharsets.UTF_8);
    long t0 = System.nanoTime();
    Process p =
        new ProcessBuilder(
                "/usr/bin/cbc",
                mps.toString(),
                "sec",
                Long.toString(limit.toSeconds()),
                "ratio",
                "1e-6",
                "solve")
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    double secs = (System.nanoTime() - t0) / 1e9;
    Files.delete(mps);
    double mpsObj =
        out.lines()
            .filter(l -> l.startsWith("Objective value:"))
            .mapToDouble(l -> Double.parseDouble(l.substring(16).strip()))
            .findFirst()
            .orElse(Double.NaN);
    var r = scip.run().result();
    System.out.printf(
        Locale.ROOT,
        "%-10s %8.2f s  objective %,.0f  (%s)%n",
        "cbc binary",
        secs,
        mpsObj * r.objectiveScale() + r.objectiveConstant(),
        out.lines().filter(l -> l.startsWith("Result -")).findFirst().orElse("?"));
    System.out.printf(
        Locale.ROOT,
        "ratio to cbc binary: ours SCIP %.2f, ours CBC %.2f%n",
        scip.seconds() / secs,
        cbc.seconds() / secs);
  }

  private static Timed timed(
      String name, FactorLibrary lib, MipSolver s, PlanDocument doc, Duration limit) {
    long t0 = System.nanoTime();
    PlanRun run = plan(lib, s, doc, limit);
    double secs = (System.nanoTime() - t0) / 1e9;
    Double obj = run.result().objective();
    System.out.printf(
        Locale.ROOT,
        "%-10s %8.2f s  objective %,.0f  %s, %d adopted%n",
        name,
        secs,
        obj == null ? Double.NaN : obj,
        run.result().status().code(),
        run.result().adopted().size());
    return new Timed(run, secs);
  }

  private static PlanRun plan(FactorLibrary lib, MipSolver s, PlanDocument doc, Duration limit) {
    return new Planner(lib, s).plan(doc, limit, Map.of()).orElseThrow();
  }
}
