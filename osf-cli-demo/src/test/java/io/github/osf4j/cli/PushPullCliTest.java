package io.github.osf4j.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code osf4j push} and {@code osf4j pull} end to end on the emulator. */
final class PushPullCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;
  private CliHarness cli;
  private String node = "";
  private Path folder = Path.of("");
  private String projectFile = "";

  @BeforeEach
  void projectAndFolder() throws IOException {
    cli = new CliHarness(temp);
    cli.login();
    node = cli.server.createProject("Reaction times");
    cli.server.putFile(node, "remote.txt", bytes("from OSF\n"));
    folder = cli.folder("experiment");
    Files.createDirectories(folder.resolve("data"));
    Files.writeString(folder.resolve("data/local.csv"), "rt\n512\n", UTF_8);
    projectFile = temp.resolve("rt.osf4j.json").toString();
    CliResult init = cli.run("init", projectFile, "--project", node, "--root", folder.toString());
    assertThat(init.code()).as(init.toString()).isZero();
  }

  @AfterEach
  void noSecretWasPrinted() {
    cli.assertNoSecretPrinted();
    cli.close();
  }

  @Test
  void pushUploadsLocalChangesAndNeverChangesTheLocalFolder() throws IOException {
    Map<String, String> before = localFiles();

    CliResult push = cli.run("push", projectFile);

    assertThat(push.code()).as(push.toString()).isZero();
    assertThat(push.out()).contains("Pushing").contains("upload").contains("data/local.csv");
    assertThat(cli.server.readFile(node, "data/local.csv")).contains(bytes("rt\n512\n"));
    assertThat(localFiles()).isEqualTo(before);
    CliResult again = cli.run("push", projectFile);
    assertThat(again.out()).contains("Nothing to push.");
  }

  @Test
  void pullDownloadsOsfChangesAndNeverChangesOsf() throws IOException {
    cli.server.requests().clear();

    CliResult pull = cli.run("pull", projectFile);

    assertThat(pull.code()).as(pull.toString()).isZero();
    assertThat(folder.resolve("remote.txt")).hasContent("from OSF");
    assertThat(cli.server.readFile(node, "data/local.csv")).isEmpty();
    assertThat(cli.server.requests().count(e -> !e.method().equals("GET"))).isZero();
  }

  @Test
  void mixingTheModesWithSyncIsSafe() throws IOException {
    assertThat(cli.run("push", projectFile).code()).isZero();
    assertThat(cli.run("pull", projectFile).code()).isZero();

    CliResult status = cli.run("status", projectFile);

    assertThat(status.out()).contains("In sync");
    assertThat(folder.resolve("remote.txt")).hasContent("from OSF");
  }

  @Test
  void pushKeepsAVersionChangedOnOsfAsAConflictCopyOnOsf() throws IOException {
    editBothSides();
    Map<String, String> before = localFiles();

    CliResult push = cli.run("push", projectFile);

    assertThat(push.code()).as(push.toString()).isZero();
    assertThat(cli.server.readFile(node, "remote.txt")).contains(bytes("local edit\n"));
    String copy = conflictCopyIn(push.out(), "-osf.txt");
    assertThat(cli.server.readFile(node, copy)).contains(bytes("OSF edit\n"));
    assertThat(localFiles()).isEqualTo(before);
    CliResult sync = cli.run("sync", projectFile);
    assertThat(sync.code()).as(sync.toString()).isZero();
    assertThat(folder.resolve(copy)).hasContent("OSF edit");
  }

  @Test
  void pullKeepsALocalChangeAsAConflictCopyBesideIt() throws IOException {
    editBothSides();
    cli.server.requests().clear();

    CliResult pull = cli.run("pull", projectFile, "--json");

    assertThat(pull.code()).as(pull.toString()).isZero();
    JsonNode report = JSON.readTree(pull.out());
    String copy = report.get("conflicts").get(0).get("copy").asText();
    assertThat(copy).endsWith("-local.txt");
    assertThat(folder.resolve("remote.txt")).hasContent("OSF edit");
    assertThat(folder.resolve(copy)).hasContent("local edit");
    assertThat(cli.server.readFile(node, copy)).isEmpty();
    assertThat(cli.server.requests().count(e -> !e.method().equals("GET"))).isZero();
  }

  @Test
  void deletionsTravelOnlyWithDelete() throws IOException {
    assertThat(cli.run("sync", projectFile).code()).isZero();
    Files.delete(folder.resolve("data/local.csv"));

    CliResult push = cli.run("push", projectFile);
    assertThat(push.code()).as(push.toString()).isZero();
    assertThat(cli.server.readFile(node, "data/local.csv")).isPresent();

    CliResult deleting = cli.run("push", projectFile, "--delete", "--max-delete", "100");
    assertThat(deleting.code()).as(deleting.toString()).isZero();
    assertThat(cli.server.readFile(node, "data/local.csv")).isEmpty();
  }

  @Test
  void theDeleteLimitStopsAOneWayRunWithExitCode4() throws IOException {
    assertThat(cli.run("sync", projectFile).code()).isZero();
    Files.delete(folder.resolve("data/local.csv"));

    CliResult push = cli.run("push", projectFile, "--delete", "--max-delete", "10");

    assertThat(push.code()).as(push.toString()).isEqualTo(ExitCodes.SAFETY);
    assertThat(push.err()).contains("safety gate stopped this push");
    assertThat(cli.server.readFile(node, "data/local.csv")).isPresent();
  }

  @Test
  void dryRunShowsTheOneWayPlanAndChangesNothing() throws IOException {
    Map<String, String> before = localFiles();

    CliResult dry = cli.run("pull", projectFile, "-n", "--json");

    assertThat(dry.code()).as(dry.toString()).isZero();
    String actions = JSON.readTree(dry.out()).get("planned").toString();
    assertThat(actions).contains("\"download\"").doesNotContain("\"upload\"");
    assertThat(localFiles()).isEqualTo(before);
  }

  @Test
  void aFileDeletedHereButChangedOnOsfIsNotDeletedByPush() throws IOException {
    assertThat(cli.run("sync", projectFile).code()).isZero();
    Files.delete(folder.resolve("data/local.csv"));
    cli.server.putFile(node, "data/local.csv", bytes("rt\n600\n"));

    CliResult push = cli.run("push", projectFile, "--delete", "--max-delete", "100");

    assertThat(push.code()).as(push.toString()).isEqualTo(ExitCodes.INCOMPLETE);
    assertThat(push.out()).contains("skip").contains("changed on OSF since the last sync");
    assertThat(cli.server.readFile(node, "data/local.csv")).contains(bytes("rt\n600\n"));
  }

  private void editBothSides() throws IOException {
    assertThat(cli.run("sync", projectFile).code()).isZero();
    cli.server.putFile(node, "remote.txt", bytes("OSF edit\n"));
    Files.writeString(folder.resolve("remote.txt"), "local edit\n", UTF_8);
  }

  private static String conflictCopyIn(String out, String suffix) {
    return out.lines()
        .flatMap(line -> Stream.of(line.split("[ :;]+")))
        .filter(word -> word.startsWith("remote.conflict-") && word.endsWith(suffix))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no conflict copy in: " + out));
  }

  /** Every local file with its content and modification time. */
  private Map<String, String> localFiles() throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.filter(Files::isRegularFile).toList()) {
        files.put(
            folder.relativize(path).toString(),
            Files.readString(path, UTF_8) + "@" + Files.getLastModifiedTime(path));
      }
    }
    return files;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(UTF_8);
  }
}
