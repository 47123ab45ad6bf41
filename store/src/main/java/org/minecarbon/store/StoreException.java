package org.minecarbon.store;

/** An infrastructure failure of the database (connection lost, constraint broken, bad SQL). */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
