package org.minecarbon.store.plan;

/**
 * One province-year of energy data of a group (V15).
 *
 * @param production energy production, 10^4 tce
 * @param consumption energy consumption, 10^4 tce
 * @param newEnergyShare share of new energy in consumption, fraction 0…1
 */
public record ProvinceEnergyRecord(
    long groupId,
    String province,
    int year,
    double production,
    double consumption,
    double newEnergyShare,
    String source,
    String updatedBy) {}
