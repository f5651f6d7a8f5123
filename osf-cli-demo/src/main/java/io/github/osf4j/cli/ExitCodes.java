package io.github.osf4j.cli;

/** The exit codes of the {@code osf4j} command (also listed in the README). */
final class ExitCodes {
  /** Everything is in sync (or the command succeeded). */
  static final int OK = 0;

  /** Some paths failed or were skipped. */
  static final int INCOMPLETE = 1;

  /** The command line was wrong, or a local file (project file, token file) is unusable. */
  static final int USAGE = 2;

  /** Not logged in, or the server refused the credentials. */
  static final int AUTH = 3;

  /** A safety gate stopped the run before anything destructive happened. */
  static final int SAFETY = 4;

  /** The server or the network failed (or could no longer be reached during a sync). */
  static final int SERVER = 5;

  /** Stopped by SIGINT (Ctrl-C): finished changes are recorded; run sync again to finish. */
  static final int SIGINT = 130;

  /** Stopped by SIGTERM: finished changes are recorded; run sync again to finish. */
  static final int SIGTERM = 143;

  private ExitCodes() {}
}
