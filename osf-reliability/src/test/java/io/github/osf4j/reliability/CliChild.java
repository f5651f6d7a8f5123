package io.github.osf4j.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * The real {@code osf4j} command ({@code io.github.osf4j.cli.Main}) in a child JVM, as a user runs
 * it: its output (stdout and stderr together) is read as it comes, and it can be sent signals.
 */
final class CliChild {
  private static final long DEADLINE_NANOS = TimeUnit.SECONDS.toNanos(180);

  private final Process process;
  private final StringBuffer output = new StringBuffer();
  private final Thread reader;

  private CliChild(Process process) {
    this.process = process;
    this.reader = new Thread(this::read, "cli-child-output-" + process.pid());
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code osf4j --config-dir CONFIG ARGS...}. */
  static CliChild start(Path configDir, String... args) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd =
        new ArrayList<>(
            List.of(
                java,
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                "io.github.osf4j.cli.Main",
                "--config-dir",
                configDir.toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().keySet().removeIf(k -> k.startsWith("OSF_"));
    return new CliChild(pb.start());
  }

  /** {@code osf4j sync PROJECT_FILE} for this rig. */
  static CliChild sync(Rig rig, String... extra) throws IOException {
    List<String> args = new ArrayList<>(List.of("sync", rig.projectFile.toString()));
    args.addAll(List.of(extra));
    return start(rig.configDir, args.toArray(String[]::new));
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Sends the signal ({@code INT}, {@code TERM}, {@code KILL}) with {@code kill}. */
  void signal(String name) throws IOException {
    Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(pid())).start();
    try {
      kill.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while signalling");
    }
  }

  /** Waits until {@code condition} holds or the child ended; returns whether it is still alive. */
  boolean awaitWhileAlive(BooleanSupplier condition) {
    long deadline = System.nanoTime() + DEADLINE_NANOS;
    while (!condition.getAsBoolean() && process.isAlive() && System.nanoTime() < deadline) {
      LockSupport.parkNanos(200_000);
    }
    return process.isAlive();
  }

  /** Waits until the output contains {@code text} or the child ended. */
  boolean awaitOutput(String text) {
    return awaitWhileAlive(() -> output.indexOf(text) >= 0) || output.indexOf(text) >= 0;
  }

  /** Waits for the child's end and returns its exit code. */
  int exitCode() throws IOException {
    try {
      if (!process.waitFor(DEADLINE_NANOS, TimeUnit.NANOSECONDS)) {
        process.destroyForcibly();
        throw new IOException("the child did not end; its output: " + output);
      }
      reader.join();
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for the child");
    }
  }

  /** Waits at most {@code seconds} for the child's end; false when it still runs. */
  boolean endsWithin(long seconds) throws IOException {
    try {
      return process.waitFor(seconds, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for the child");
    }
  }

  /** What the child printed so far. */
  String output() {
    return output.toString();
  }

  /** The lines of the output that contain {@code text}. */
  List<String> lines(String text) {
    return output().lines().filter(l -> l.contains(text)).toList();
  }

  private void read() {
    byte[] buffer = new byte[8192];
    try (InputStream in = process.getInputStream()) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        output.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      if (process.isAlive()) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
