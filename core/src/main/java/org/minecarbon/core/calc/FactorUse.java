package org.minecarbon.core.calc;

import org.minecarbon.core.factor.Factor;

/**
 * A factor that took part in a calculation line.
 *
 * @param symbol its symbol in the formula ({@code NCV}, {@code CC}, {@code OF}, {@code EF}, {@code
 *     ρ}, {@code GWP})
 * @param factor the value with its provenance (a row override has set {@code row})
 */
public record FactorUse(String symbol, Factor factor) {}
