package org.minecarbon.io.json;

/** Building JSON Pointers (RFC 6901). */
public final class Pointers {
  private Pointers() {}

  /** {@code parent/name} with the name escaped ({@code ~} → {@code ~0}, {@code /} → {@code ~1}). */
  public static String child(String parent, String name) {
    return parent + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  public static String child(String parent, int index) {
    return parent + "/" + index;
  }
}
