package org.rungs.app.cli;

import picocli.CommandLine;

/** The version from the jar's manifest, or "development" when run from classes. */
final class RungsVersion implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Rungs.class.getPackage().getImplementationVersion();
    return new String[] {"rungs " + (version == null ? "development" : version)};
  }
}
