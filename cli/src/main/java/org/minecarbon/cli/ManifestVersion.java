package org.minecarbon.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the jar manifest's Implementation-Version, or "dev" outside a jar. */
public final class ManifestVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"minecarbon " + version()};
  }

  /** The version of the running build. */
  public static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v == null || v.isBlank() ? "dev" : v;
  }
}
