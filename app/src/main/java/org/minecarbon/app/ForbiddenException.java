package org.minecarbon.app;

/**
 * The acting user may not do this (403): not signed in, no group, or the action needs a wider scope
 * than the user's. The adapters map it like their own access refusals.
 */
public final class ForbiddenException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ForbiddenException(String message) {
    super(message);
  }
}
