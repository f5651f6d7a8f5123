package io.github.osf4j.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.jspecify.annotations.Nullable;

/**
 * What the command knows of the terminal behind stderr: whether stderr is one (whatever stdout is),
 * and how many columns it has. Decided once by {@link Main} for the real process; tests pass a
 * fake.
 */
record Terminal(boolean stderrIsTerminal, IntSupplier columns) {
  /** The width assumed when nothing tells it. */
  static final int DEFAULT_COLUMNS = 80;

  /** No terminal: stderr is a pipe or a file. */
  static Terminal none() {
    return new Terminal(false, () -> DEFAULT_COLUMNS);
  }

  /** A terminal of {@code columns} columns (for tests). */
  static Terminal ofWidth(int columns) {
    return new Terminal(true, () -> columns);
  }

  /**
   * The real process's stderr: a terminal when {@code /proc/self/fd/2} names a tty (Linux), else
   * when {@code test -t 2} says so; its width from {@code COLUMNS}, else {@code stty size}, else
   * 80.
   */
  static Terminal detect(Map<String, String> env) {
    String term = env.get("TERM");
    boolean terminal = !"dumb".equals(term) && stderrIsTty();
    return new Terminal(terminal, () -> columns(env));
  }

  private static boolean stderrIsTty() {
    Path fd = Path.of("/proc/self/fd/2");
    if (Files.isSymbolicLink(fd)) {
      try {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (IOException | SecurityException e) {
        return false;
      }
    }
    try {
      Process test =
          new ProcessBuilder("sh", "-c", "test -t 2")
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return test.waitFor(2, TimeUnit.SECONDS) && test.exitValue() == 0;
    } catch (IOException | SecurityException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** {@code COLUMNS} when it is a positive number, else {@code stty size </dev/tty}, else 80. */
  static int columns(Map<String, String> env) {
    int fromEnv = parse(env.get("COLUMNS"));
    if (fromEnv > 0) {
      return fromEnv;
    }
    try {
      Process stty =
          new ProcessBuilder("stty", "size")
              .redirectInput(new File("/dev/tty"))
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      String answer = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
      if (stty.waitFor(2, TimeUnit.SECONDS) && stty.exitValue() == 0) {
        String[] rowsColumns = answer.strip().split("\\s+");
        int columns = rowsColumns.length == 2 ? parse(rowsColumns[1]) : 0;
        if (columns > 0) {
          return columns;
        }
      }
    } catch (IOException | SecurityException e) {
      // no terminal to ask: the default below
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return DEFAULT_COLUMNS;
  }

  private static int parse(@Nullable String value) {
    if (value == null) {
      return 0;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
