package org.minecarbon.planning.result;

/**
 * A plan year's costs (currency): measures (capex × CRF + opex of active measures), energy (change
 * against the baseline), allowances, their total and its discounted value.
 */
public record YearCost(
    double measures, double energy, double allowances, double total, double discounted) {}
