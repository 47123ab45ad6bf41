package org.minecarbon.stream.sink;

/** The store failed (infrastructure, not a domain problem): the job fails and restarts. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
