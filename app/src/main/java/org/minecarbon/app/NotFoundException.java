package org.minecarbon.app;

/** An id in the request names nothing (or nothing the user may see): HTTP 404. */
public final class NotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String what;
  private final String id;

  public NotFoundException(String what, Object id) {
    super("no " + what + " " + id);
    this.what = what;
    this.id = String.valueOf(id);
  }

  public String what() {
    return what;
  }

  public String id() {
    return id;
  }
}
