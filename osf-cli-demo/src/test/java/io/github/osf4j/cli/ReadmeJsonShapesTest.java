package io.github.osf4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "JSON output" table against the real commands: each command's object has every key
 * the table says it always has, and no key the table does not name.
 */
final class ReadmeJsonShapesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");

  @TempDir Path temp;
  private CliHarness cli;
  private String node = "";
  private String projectFile = "";

  @BeforeEach
  void aLinkedProjectWithAFileOfTwoVersions() throws IOException {
    cli = new CliHarness(temp);
    cli.login();
    node = cli.server.createProject("Shapes");
    cli.server.putFile(node, "data/a.csv", "one\n".getBytes(StandardCharsets.UTF_8));
    cli.server.putFile(node, "data/a.csv", "two\n".getBytes(StandardCharsets.UTF_8));
    projectFile = temp.resolve("s.osf4j.json").toString();
    Path folder = cli.folder("work");
    Files.writeString(folder.resolve("notes.txt"), "mine");
    CliResult init = cli.run("init", projectFile, "--project", node, "--root", folder.toString());
    assertThat(init.code()).as(init.toString()).isZero();
  }

  @AfterEach
  void close() {
    cli.assertNoSecretPrinted();
    cli.close();
  }

  @Test
  void everyCommandPrintsTheKeysTheReadmeDocuments() throws IOException {
    Map<String, Shape> table = readmeTable();
    Map<String, List<String>> runs = new LinkedHashMap<>();
    runs.put("status", List.of("status", projectFile, "--json"));
    runs.put("sync", List.of("sync", projectFile, "--json"));
    runs.put("push", List.of("push", projectFile, "--json", "-n"));
    runs.put("pull", List.of("pull", projectFile, "--json"));
    runs.put("clone", List.of("clone", node, temp.resolve("copy").toString(), "--json", "-j", "2"));
    runs.put("ls", List.of("ls", projectFile, "--recursive", "--json"));
    runs.put("verify", List.of("verify", projectFile, "--json"));
    runs.put("versions", List.of("versions", projectFile, "data/a.csv", "--json"));
    runs.put(
        "restore",
        List.of(
            "restore",
            projectFile,
            "data/a.csv",
            "--version",
            "1",
            "--to",
            temp.resolve("first.csv").toString(),
            "--json"));
    runs.put("projects", List.of("projects", "--json"));
    runs.put("projects create", List.of("projects", "create", "New one", "--json"));
    runs.put("components", List.of("components", node, "--json"));

    assertThat(table.keySet()).containsExactlyInAnyOrderElementsOf(runs.keySet());
    for (Map.Entry<String, List<String>> run : runs.entrySet()) {
      CliResult result = cli.run(run.getValue().toArray(String[]::new));
      assertThat(result.code()).as(result.toString()).isZero();
      Set<String> keys = keys(JSON.readTree(result.out()));
      Shape shape = Objects.requireNonNull(table.get(run.getKey()), run.getKey());
      assertThat(keys).as(run.getKey()).containsAll(shape.always());
      assertThat(shape.always()).as(run.getKey()).containsAll(withoutOptional(keys, shape));
    }
  }

  @Test
  void statusWithIgnoredAddsOnlyTheDocumentedKey() throws IOException {
    Shape status = Objects.requireNonNull(readmeTable().get("status"));
    CliResult result = cli.run("status", projectFile, "--ignored", "--json");

    assertThat(result.code()).as(result.toString()).isZero();
    Set<String> keys = keys(JSON.readTree(result.out()));
    assertThat(keys).contains("ignored");
    assertThat(status.optional()).contains("ignored", "ignore");
  }

  @Test
  void anErrorIsTheDocumentedErrorObjectWithItsExitCode() throws IOException {
    CliResult result = cli.run("ls", "--project", node, "no/such/path", "--json");

    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    JsonNode error = JSON.readTree(result.out()).path("error");
    assertThat(error.path("exitCode").asInt()).isEqualTo(ExitCodes.USAGE);
    assertThat(error.path("message").asText()).contains("no/such/path");
  }

  private static Set<String> withoutOptional(Set<String> keys, Shape shape) {
    Set<String> rest = new LinkedHashSet<>(keys);
    rest.removeAll(shape.optional());
    return rest;
  }

  private static Set<String> keys(JsonNode object) {
    Set<String> keys = new LinkedHashSet<>();
    object.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  /** The rows of the README's table: command names to the keys always there and sometimes there. */
  private static Map<String, Shape> readmeTable() throws IOException {
    String readme = Files.readString(readmePath(), StandardCharsets.UTF_8);
    int start = readme.indexOf("\n## JSON output\n");
    assertThat(start).as("README has a JSON output section").isPositive();
    int end = readme.indexOf("\n## ", start + 1);
    Map<String, Shape> table = new LinkedHashMap<>();
    for (String line : readme.substring(start, end).lines().toList()) {
      if (!line.startsWith("| `")) {
        continue;
      }
      String[] cells = line.split("\\|");
      String[] keyParts = cells[2].split(";", 2);
      Shape shape =
          new Shape(codes(keyParts[0]), keyParts.length > 1 ? codes(keyParts[1]) : List.of());
      for (String command : codes(cells[1])) {
        table.put(command, shape);
      }
    }
    return table;
  }

  private static List<String> codes(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = CODE.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static Path readmePath() {
    Path dir = Path.of("").toAbsolutePath();
    while (!Files.isDirectory(dir.resolve("osf-core"))) {
      dir = Objects.requireNonNull(dir.getParent(), "no project root above the working folder");
    }
    return dir.resolve("README.md");
  }

  /** One row: the keys always present, and those present only in the cases the row names. */
  private record Shape(List<String> always, List<String> optional) {}
}
