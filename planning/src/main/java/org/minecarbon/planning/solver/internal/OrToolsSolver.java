package org.minecarbon.planning.solver.internal;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import java.time.Duration;
import java.util.List;
import org.minecarbon.planning.model.Mip;
import org.minecarbon.planning.solver.MipSolution;
import org.minecarbon.planning.solver.MipSolver;
import org.minecarbon.planning.solver.SolveStatus;
import org.minecarbon.planning.solver.SolverException;

/**
 * {@link MipSolver} on OR-Tools {@code MPSolver}. The natives are loaded once; a missing native
 * library, an unknown solver id or a status the port does not map is a {@link SolverException}.
 */
public final class OrToolsSolver implements MipSolver {
  private static volatile boolean loaded;

  private final String solverId;

  public OrToolsSolver(String solverId) {
    this.solverId = solverId;
  }

  private static synchronized void load() {
    if (!loaded) {
      try {
        Loader.loadNativeLibraries();
      } catch (UnsatisfiedLinkError | RuntimeException e) {
        throw new SolverException("OR-Tools native libraries could not be loaded: " + e, e);
      }
      loaded = true;
    }
  }

  @Override
  public MipSolution solve(Mip mip, Duration timeLimit) {
    MPSolver solver = build(mip);
    try {
      solver.setTimeLimit(Math.max(1, timeLimit.toMillis()));
      MPSolverParameters params = new MPSolverParameters();
      params.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 1e-6);
      MPSolver.ResultStatus status;
      try {
        status = solver.solve(params);
      } catch (IllegalArgumentException e) {
        // HiGHS through MPSolver returns status codes the Java enum does not map (e.g. 99).
        throw new SolverException(
            solverId + " answered a status OR-Tools cannot map: " + e.getMessage(), e);
      }
      return answer(solver, status, mip.vars().size());
    } finally {
      solver.delete();
    }
  }

  private static MipSolution answer(MPSolver solver, MPSolver.ResultStatus status, int n) {
    SolveStatus s =
        switch (status) {
          case OPTIMAL -> SolveStatus.OPTIMAL;
          case FEASIBLE -> SolveStatus.FEASIBLE;
          case INFEASIBLE -> SolveStatus.INFEASIBLE;
          case NOT_SOLVED -> SolveStatus.NOT_SOLVED;
          case UNBOUNDED, ABNORMAL, MODEL_INVALID ->
              throw new SolverException("solver answered " + status);
        };
    double[] values = new double[s == SolveStatus.OPTIMAL || s == SolveStatus.FEASIBLE ? n : 0];
    MPVariable[] vars = solver.variables();
    for (int i = 0; i < values.length; i++) {
      values[i] = vars[i].solutionValue();
    }
    double obj = values.length == 0 ? Double.NaN : solver.objective().value();
    double bound = values.length == 0 ? Double.NaN : solver.objective().bestBound();
    return new MipSolution(s, obj, bound, values);
  }

  @Override
  public String exportMps(Mip mip) {
    MPSolver solver = build(mip);
    try {
      return solver.exportModelAsMpsFormat(false, false);
    } finally {
      solver.delete();
    }
  }

  private MPSolver build(Mip mip) {
    load();
    MPSolver solver = MPSolver.createSolver(solverId);
    if (solver == null) {
      throw new SolverException("OR-Tools has no solver " + solverId + " on this platform");
    }
    double inf = MPSolver.infinity();
    List<Mip.Var> vs = mip.vars();
    MPVariable[] vars = new MPVariable[vs.size()];
    MPObjective obj = solver.objective();
    for (int i = 0; i < vars.length; i++) {
      Mip.Var v = vs.get(i);
      vars[i] = solver.makeVar(bound(v.lb(), inf), bound(v.ub(), inf), v.integer(), v.name());
      obj.setCoefficient(vars[i], v.obj());
    }
    obj.setMinimization();
    for (Mip.Row r : mip.rows()) {
      MPConstraint c = solver.makeConstraint(bound(r.lb(), inf), bound(r.ub(), inf), r.name());
      for (int j = 0; j < r.idx().length; j++) {
        c.setCoefficient(vars[r.idx()[j]], r.coef()[j]);
      }
    }
    return solver;
  }

  private static double bound(double v, double inf) {
    return Double.isInfinite(v) ? Math.signum(v) * inf : v;
  }
}
