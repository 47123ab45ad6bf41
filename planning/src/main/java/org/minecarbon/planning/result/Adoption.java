package org.minecarbon.planning.result;

/** A measure adopted in a year. */
public record Adoption(String measure, int year) {}
