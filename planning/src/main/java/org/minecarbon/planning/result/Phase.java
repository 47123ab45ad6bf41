package org.minecarbon.planning.result;

/** A phase of seed 004: {@code peak}, {@code optimize} or {@code neutralize}, years inclusive. */
public record Phase(String name, int from, int to) {}
