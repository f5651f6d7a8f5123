package io.github.osf4j.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

final class DemoAndEmulatorTest {
  @Test
  void demoSyncsBothWaysKeepsTheConflictAndExitsZero() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int code = run(out, err, "demo");

    String text = out.toString(UTF_8);
    assertThat(code).as(text + err.toString(UTF_8)).isZero();
    assertThat(text)
        .contains("$ osf4j sync demo.osf4j.json")
        .contains("move-remote")
        .contains("notes.conflict-")
        .contains("In sync: nothing to do.");
    String rest = text.substring(text.indexOf("The folder stays at ") + 20);
    String folder = rest.substring(0, rest.indexOf(" (delete it"));
    assertThat(Path.of(folder).resolve("instructions.md")).exists();
    assertThat(Path.of(folder).resolve("data/pilot-02.csv")).exists();
    try (var files = Files.list(Path.of(folder))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .anyMatch(n -> n.startsWith("notes.conflict-") && n.endsWith("-local.txt"));
    }
    deleteTree(Path.of(folder).resolve("..").normalize());
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  @Test
  void emulatorServesUntilInterruptedAndPrintsItsUrls() throws Exception {
    PipedInputStream pipe = new PipedInputStream();
    PrintStream out = new PrintStream(new PipedOutputStream(pipe), true, UTF_8);
    AtomicInteger code = new AtomicInteger(-1);
    Thread emulator =
        new Thread(
            () ->
                code.set(
                    run(
                        out,
                        new ByteArrayOutputStream(),
                        "emulator",
                        "--port",
                        "0",
                        "--token",
                        "T0k")));
    emulator.start();

    String line = new BufferedReader(new InputStreamReader(pipe, UTF_8)).readLine();
    emulator.interrupt();
    emulator.join();

    JsonNode json = new ObjectMapper().readTree(line);
    assertThat(json.get("api").asText()).startsWith("http://127.0.0.1:").endsWith("/v2/");
    assertThat(json.get("files").asText()).endsWith("/v1/");
    assertThat(code.get()).isZero();
  }

  @Test
  void emulatorRejectsBadFlagsWithExitCode2() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int code = run(new ByteArrayOutputStream(), err, "emulator", "--port", "many", "--token", "T");

    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString(UTF_8)).contains("--port");
  }

  @Test
  void versionAndHelpExitZero() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThat(run(out, new ByteArrayOutputStream(), "--version")).isZero();
    assertThat(out.toString(UTF_8)).startsWith("osf4j 0.");
    assertThat(run(out, new ByteArrayOutputStream(), "--help")).isZero();
    assertThat(out.toString(UTF_8)).contains("sync").contains("Exit codes");
  }

  @Test
  void noCommandIsAUsageError() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    assertThat(run(new ByteArrayOutputStream(), err)).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString(UTF_8)).contains("Usage: osf4j");
  }

  private static int run(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
    return run(new PrintStream(out, true, UTF_8), err, args);
  }

  private static int run(PrintStream out, ByteArrayOutputStream err, String... args) {
    return Main.run(
        args,
        new ByteArrayInputStream(new byte[0]),
        out,
        new PrintStream(err, true, UTF_8),
        Map.of());
  }
}
