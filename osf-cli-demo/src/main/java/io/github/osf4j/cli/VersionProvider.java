package io.github.osf4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/**
 * Prints what {@code osf4j --version} shows: the version and commit the build wrote into the jar,
 * and the Java runtime the command runs on.
 */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() throws IOException {
    return lines();
  }

  /** The lines of {@code --version}, without picocli (the fast path of {@link Main}). */
  static String[] lines() throws IOException {
    Properties build = build();
    return new String[] {
      "osf4j " + build.getProperty("version", "unknown"),
      "commit " + build.getProperty("commit", "unknown").strip(),
      "Java "
          + System.getProperty("java.runtime.version", "unknown")
          + " ("
          + System.getProperty("java.vm.name", "unknown JVM")
          + ", "
          + System.getProperty("java.vendor", "unknown vendor")
          + ") at "
          + System.getProperty("java.home", "unknown")
    };
  }

  static String version() throws IOException {
    return build().getProperty("version", "unknown");
  }

  private static Properties build() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    }
    return properties;
  }
}
