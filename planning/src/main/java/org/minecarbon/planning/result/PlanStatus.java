package org.minecarbon.planning.result;

/** Status of a plan result (contract §2). */
public enum PlanStatus {
  OPTIMAL("optimal"),
  INFEASIBLE("infeasible"),
  TIME_LIMIT("time-limit");

  private final String code;

  PlanStatus(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
