package org.minecarbon.lca.model;

/** A unit process or an aggregated LCI result (openLCA {@code processType}). */
public enum ProcessType {
  UNIT_PROCESS,
  LCI_RESULT
}
