package org.minecarbon.app.benchmark;

import java.util.List;
import org.minecarbon.app.InvalidInputException;

/** Sector benchmarks (product carbon intensity, tCO2e/t) to compare enterprises against. */
public interface BenchmarkService {

  List<BenchmarkView> list();

  BenchmarkView get(long id);

  /**
   * @throws InvalidInputException for a missing product, negative or non-finite intensity…
   */
  BenchmarkView create(BenchmarkInput input);

  BenchmarkView update(long id, BenchmarkInput input);

  void delete(long id);
}
