package io.github.osf4j.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Runs {@link Child} in a fresh JVM on this JVM's class path and parses its result line. */
final class ChildJvm {
  /**
   * The child's JVM options: none (the defaults of {@code java}) unless the environment variable
   * {@code BENCH_CHILD_JVM_OPTS} gives some, e.g. {@code -Xmx64m} or a flight recording.
   */
  static final List<String> FLAGS = flags(System.getenv("BENCH_CHILD_JVM_OPTS"));

  private ChildJvm() {}

  static Map<String, Long> run(String token, List<String> args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(FLAGS);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Child.class.getName());
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put(Child.TOKEN_VARIABLE, token);
    pb.redirectError(ProcessBuilder.Redirect.INHERIT);
    Process p = pb.start();
    String out;
    try (InputStream in = p.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    }
    int code = Shell.waitFor(p);
    if (code != 0) {
      throw new IOException("the osf4j child JVM exited with " + code);
    }
    return parse(out);
  }

  static List<String> flags(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return List.of(value.trim().split("\\s+", -1));
  }

  static Map<String, Long> parse(String line) throws IOException {
    Map<String, Long> values = new HashMap<>();
    String last = line.substring(line.lastIndexOf('\n') + 1);
    for (String pair : last.split(" ", -1)) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new IOException("unexpected child output: " + last);
      }
      values.put(pair.substring(0, eq), Long.parseLong(pair.substring(eq + 1)));
    }
    return values;
  }

  static long get(Map<String, Long> values, String key) throws IOException {
    Long value = values.get(key);
    if (value == null) {
      throw new IOException("the child did not report " + key);
    }
    return value;
  }
}
