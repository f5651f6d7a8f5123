package io.github.osf4j.cli;

/**
 * How the user started osf4j, for hints that name a command to type: {@code ./osf4j} from a
 * checkout, {@code osf4j} when installed on the PATH, or the path of the image's {@code bin/osf4j}.
 * The launchers pass it as the system property {@value #PROPERTY}; without it, {@code osf4j}.
 */
final class Launcher {
  static final String PROPERTY = "osf4j.command";

  private Launcher() {}

  /** The command to type to run osf4j again. */
  static String command() {
    String command = System.getProperty(PROPERTY);
    return command == null || command.isBlank() ? "osf4j" : command.strip();
  }
}
