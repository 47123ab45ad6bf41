package org.minecarbon.lca.link;

/** A provider: one process delivering one product (or treating one waste) flow; a matrix column. */
public record TechFlow(String processId, String flowId) {}
