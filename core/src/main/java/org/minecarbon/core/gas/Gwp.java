package org.minecarbon.core.gas;

/**
 * One GWP-100 value with its provenance.
 *
 * @param gas gas code ({@code CH4}, {@code HFC-134a})
 * @param set assessment report
 * @param fossil true for the fossil-methane variant (AR5/AR6)
 * @param value tCO2e per t of gas
 * @param citation where the value is published
 * @param confidence label from reference/factors.md ([C], [I], [X], [U])
 */
public record Gwp(
    String gas, GwpSet set, boolean fossil, double value, String citation, String confidence) {}
