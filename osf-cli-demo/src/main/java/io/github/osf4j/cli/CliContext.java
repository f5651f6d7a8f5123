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
  private final Set<String> secrets = ConcurrentHashMap.newKeySet();
  private final ServerWaits serverWaits = new ServerWaits(this);
  private @Nullable BufferedReader stdin;
  private volatile boolean signals;

  CliContext(
      InputStream in,
      PrintStream out,
      PrintStream err,
      Map<String, String> env,
      @Nullable Console console) {
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
    err.println(Printable.line(redact(line)));
    err.flush();
  }

  /** Prints several lines on stderr (a stack trace), each scrubbed and escaped as by error. */
  void errorLines(String lines) {
    lines.lines().forEach(line -> err.println(Printable.line(redact(line))));
    err.flush();
  }

  /** Prints one line on stdout, scrubbed of secrets, with control characters escaped. */
  void print(String line) {
    out.println(Printable.line(redact(line)));
  }
}
