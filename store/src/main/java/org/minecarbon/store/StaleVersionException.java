package org.minecarbon.store;

/** A record was changed by someone else since it was read (optimistic locking). */
public final class StaleVersionException extends StoreException {
  private static final long serialVersionUID = 1L;

  public StaleVersionException(String what, long id, long expectedVersion) {
    super(what + " " + id + " was changed meanwhile (expected version " + expectedVersion + ")");
  }
}
