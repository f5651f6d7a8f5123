package io.github.osf4j.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What one run of the command talks to: standard streams, environment, the terminal (if any), and
 * the secrets seen so far, which every message is scrubbed of before it is printed.
 */
final class CliContext {
  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;
  private final @Nullable Console console;
  private final Terminal terminal;
  private final Set<String> secrets = ConcurrentHashMap.newKeySet();
  private final ServerWaits serverWaits = new ServerWaits(this);
  private @Nullable BufferedReader stdin;
  private volatile boolean signals;
  private volatile @Nullable StatusLine statusLine;
  private volatile @Nullable Consumer<ProgressPhase> phases;
  private @Nullable RunLog log;

  CliContext(
      InputStream in,
      PrintStream out,
      PrintStream err,
      Map<String, String> env,
      @Nullable Console console) {
    this(in, out, err, env, console, Terminal.none());
  }

  CliContext(
      InputStream in,
      PrintStream out,
      PrintStream err,
      Map<String, String> env,
      @Nullable Console console,
      Terminal terminal) {
    this.terminal = terminal;
    this.in = in;
    this.out = out;
    this.err = err;
    this.env = Map.copyOf(env);
    this.console = console;
    String token = env.get("OSF_TOKEN");
    if (token != null) {
      secret(token.strip());
    }
  }

  PrintStream out() {
    return out;
  }

  PrintStream err() {
    return err;
  }

  /** All environment variables (for proxies). */
  Map<String, String> environment() {
    return env;
  }

  /** The environment variable's value, or null when unset or blank. */
  @Nullable String env(String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** Where the remote reports a server's pauses (HTTP 429) during this run. */
  ServerWaits serverWaits() {
    return serverWaits;
  }

  /** The terminal, or null when input or output is redirected. */
  @Nullable Console console() {
    return console;
  }

  /** Whether stderr is a terminal (whatever stdout is), and its width. */
  Terminal terminal() {
    return terminal;
  }

  /**
   * The line being redrawn on stderr now (progress), or null: errors end it first so that they
   * start on a line of their own.
   */
  void statusLine(@Nullable StatusLine line) {
    statusLine = line;
  }

  /** Where the phases before transfers go (the progress of a sync), or nowhere. */
  void phases(@Nullable Consumer<ProgressPhase> sink) {
    phases = sink;
  }

  /** Tells the run's progress, if any, that a phase began. */
  void phase(ProgressPhase phase) {
    Consumer<ProgressPhase> sink = phases;
    if (sink != null) {
      sink.accept(phase);
    }
  }

  /** Writes a plain log of the run to {@code log} from now on ({@code --log-file}). */
  synchronized void log(RunLog log) {
    this.log = log;
  }

  /** Adds one line to the run's log, if any (scrubbed of secrets). */
  synchronized void logLine(String line) {
    RunLog open = log;
    if (open != null) {
      open.line(Printable.line(redact(line)));
    }
  }

  /** Closes the run's log, if any. */
  synchronized void closeLog() {
    RunLog open = log;
    if (open != null) {
      open.close();
      log = null;
    }
  }

  /** Lets runs handle SIGINT and SIGTERM themselves (only the real process, never a test). */
  void handleSignals() {
    signals = true;
  }

  /** Whether runs handle SIGINT and SIGTERM themselves. */
  boolean handlesSignals() {
    return signals;
  }

  /** Reads one line of standard input, stripped; null at end of input. */
  @Nullable String readLine() throws IOException {
    if (stdin == null) {
      stdin = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    String line = stdin.readLine();
    return line == null ? null : line.strip();
  }

  /** Remembers a secret so that {@link #redact} removes it from any text printed later. */
  void secret(String value) {
    if (value.length() >= 4) {
      secrets.add(value);
    }
  }

  /** {@code text} with every known secret replaced by {@code [redacted]}. */
  String redact(String text) {
    String result = text;
    for (String secret : secrets) {
      result = result.replace(secret, "[redacted]");
    }
    return result;
  }

  /** Prints one line on stderr, scrubbed of secrets, with control characters escaped. */
  void error(String line) {
    StatusLine status = statusLine;
    if (status != null) {
      status.interrupt();
    }
    String printable = Printable.line(redact(line));
    err.println(printable);
    err.flush();
    logLine(printable);
  }

  /** Prints several lines on stderr (a stack trace), each scrubbed and escaped as by error. */
  void errorLines(String lines) {
    lines
        .lines()
        .forEach(
            line -> {
              err.println(Printable.line(redact(line)));
              logLine(line);
            });
    err.flush();
  }

  /** Prints one line on stdout, scrubbed of secrets, with control characters escaped. */
  void print(String line) {
    out.println(Printable.line(redact(line)));
  }
}
