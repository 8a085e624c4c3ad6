package org.plenary.app;

import picocli.CommandLine;

/** The version printed by {@code plenary --version}, from the jar's manifest. */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return new String[] {"plenary " + (version == null ? "(development build)" : version)};
  }
}
