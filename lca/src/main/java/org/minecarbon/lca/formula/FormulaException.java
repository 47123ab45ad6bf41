package org.minecarbon.lca.formula;

/** A formula that cannot be parsed or evaluated; the reader turns it into an issue. */
public final class FormulaException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public FormulaException(String message) {
    super(message);
  }
}
