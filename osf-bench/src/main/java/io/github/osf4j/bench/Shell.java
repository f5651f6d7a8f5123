package io.github.osf4j.bench;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs an external command with its output discarded and measures its wall time. */
final class Shell {
  private Shell() {}

  /** Runs {@code command} (output to /dev/null) and returns its wall time in nanoseconds. */
  static long time(List<String> command) throws IOException {
    return time(command, Map.of());
  }

  /** As {@link #time(List)}, with these variables added to the environment. */
  static long time(List<String> command, Map<String, String> env) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().putAll(env);
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.redirectError(ProcessBuilder.Redirect.INHERIT);
    long start = System.nanoTime();
    Process p = pb.start();
    int code = waitFor(p);
    long elapsed = System.nanoTime() - start;
    if (code != 0) {
      throw new IOException(String.join(" ", command) + " exited with " + code);
    }
    return elapsed;
  }

  /** Runs a bash one-liner the same way; the script must not contain secrets. */
  static long bash(String script) throws IOException {
    return time(List.of("bash", "-c", "set -o pipefail; " + script));
  }

  static String quote(Path path) {
    return "'" + path.toString().replace("'", "'\\''") + "'";
  }

  static int waitFor(Process p) throws IOException {
    try {
      return p.waitFor();
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for a child process");
    }
  }
}
