package org.minecarbon.lca.conformance;

import java.nio.file.Path;

/** Where the USLCI test package lives (module lca's test data, relative to this module). */
final class Uslci {
  private Uslci() {}

  static Path zip() {
    String base = System.getProperty("basedir", System.getProperty("user.dir"));
    return Path.of(base).resolve("../lca/src/test/data/uslci-2017-olca-jsonld-v1.zip").normalize();
  }
}
