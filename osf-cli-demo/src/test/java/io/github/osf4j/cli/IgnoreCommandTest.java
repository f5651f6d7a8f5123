package io.github.osf4j.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ignore rules through the real command on the emulator, as a user and a colleague meet them. */
final class IgnoreCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every name the defaults ignore, and a git hook, as a colleague might upload them. */
  private static final List<String> DEFAULT_IGNORED =
      List.of(
          ".DS_Store",
          "Thumbs.db",
          "desktop.ini",
          "~$report.docx",
          "notes.tmp",
          "data/.DS_Store",
          ".osf4j-tmp-0a1b2c3d-feed",
          ".git/hooks/pre-commit",
          ".GIT/config");

  @TempDir Path temp;
  private CliHarness cli;
  private String node = "";
  private Path folder = Path.of("");
  private String projectFile = "";

  @BeforeEach
  void projectAndFolder() throws IOException {
    cli = new CliHarness(temp);
    cli.login();
    node = cli.server.createProject("Ignore rules");
    folder = cli.folder("work");
    projectFile = temp.resolve("work.osf4j.json").toString();
    CliResult init = cli.run("init", projectFile, "--project", node, "--root", folder.toString());
    assertThat(init.code()).as(init.toString()).isZero();
    assertThat(init.out()).doesNotContain("inside the folder");
  }

  @AfterEach
  void noSecretWasPrinted() {
    cli.assertNoSecretPrinted();
    cli.close();
  }

  @Test
  void colleaguesIgnoredFilesOnOsfAreNeverWrittenHereNorDeletedThere() throws IOException {
    write(".git/HEAD", "ref: refs/heads/main\n");
    cli.server.putFile(node, "shared.txt", bytes("shared"));
    for (String name : DEFAULT_IGNORED) {
      cli.server.putFile(node, name, bytes("colleague's " + name));
    }

    syncOk();

    assertThat(folder.resolve("shared.txt")).hasContent("shared");
    assertThat(localFiles()).containsExactlyInAnyOrder(".git/HEAD", "shared.txt");
    assertThat(folder.resolve(".git/hooks/pre-commit")).doesNotExist();
    assertIdle();
    assertIdle();
    for (String name : DEFAULT_IGNORED) {
      assertThat(cli.server.readFile(node, name)).as(name).contains(bytes("colleague's " + name));
    }
    assertThat(cli.server.readFile(node, ".git/HEAD")).isEmpty();
  }

  @Test
  void anOsfignoreArrivingFromOsfDeletesNothingAnywhere() throws IOException {
    write("data.csv", "rt\n512\n");
    write("notes.txt", "notes");
    syncOk();
    cli.server.putFile(node, ".osfignore", bytes("*.csv\n"));

    CliResult first = syncOk();
    assertThat(first.out()).contains("download").contains(".osfignore");
    CliResult status = cli.run("status", projectFile);
    assertThat(status.out()).contains("leaves sync    data.csv").contains("In sync");
    syncOk();

    assertThat(folder.resolve("data.csv")).hasContent("rt\n512");
    assertThat(cli.server.readFile(node, "data.csv")).contains(bytes("rt\n512\n"));
    assertIdle();
  }

  @Test
  void addingAPatternAfterASyncDeletesNothingAnywhere() throws IOException {
    write("run.log", "log");
    write("a.txt", "a");
    syncOk();
    write(".osfignore", "*.log\n");

    CliResult status = cli.run("status", projectFile);
    assertThat(status.code()).as(status.toString()).isZero();
    assertThat(status.out())
        .contains("ignore rules changed since the last sync: added *.log")
        .contains("leaves sync    run.log")
        .contains("upload         .osfignore");
    assertThat(status.out().lines()).noneMatch(line -> line.strip().startsWith("delete"));
    syncOk();

    assertThat(folder.resolve("run.log")).hasContent("log");
    assertThat(cli.server.readFile(node, "run.log")).contains(bytes("log"));
    CliResult after = cli.run("status", projectFile);
    assertThat(after.out()).doesNotContain("leaves sync").doesNotContain("rules changed");
    assertIdle();
  }

  @Test
  void aColleaguesUploadOfAnIgnoredNameStaysOnOsfOnly() throws IOException {
    write(".osfignore", "*.log\n");
    syncOk();
    cli.server.putFile(node, "colleague.log", bytes("theirs"));

    syncOk();

    assertThat(folder.resolve("colleague.log")).doesNotExist();
    CliResult listed = cli.run("status", projectFile, "--ignored");
    assertThat(listed.out())
        .contains("Ignored on OSF (never downloaded, moved or deleted):\n  colleague.log");
    assertIdle();
    assertThat(cli.server.readFile(node, "colleague.log")).contains(bytes("theirs"));
  }

  @Test
  void removingAPatternRejoinsItsPathsKeepingBothDifferingVersions() throws IOException {
    write(".osfignore", "*.log\n");
    write("both.log", "local version\n");
    write("mine.log", "mine\n");
    syncOk();
    cli.server.putFile(node, "both.log", bytes("OSF version\n"));
    cli.server.putFile(node, "theirs.log", bytes("theirs\n"));
    assertIdle();

    write(".osfignore", "");
    CliResult status = cli.run("status", projectFile);
    assertThat(status.out())
        .contains("removed *.log")
        .contains("rejoins sync   both.log")
        .contains("rejoins sync   mine.log")
        .contains("rejoins sync   theirs.log");
    syncOk();

    assertThat(folder.resolve("both.log")).hasContent("OSF version");
    List<String> copies =
        localFiles().stream().filter(p -> p.startsWith("both.conflict-")).toList();
    assertThat(copies).hasSize(1);
    assertThat(folder.resolve(copies.get(0))).hasContent("local version");
    assertThat(cli.server.readFile(node, copies.get(0))).contains(bytes("local version\n"));
    assertThat(cli.server.readFile(node, "mine.log")).contains(bytes("mine\n"));
    assertThat(folder.resolve("theirs.log")).hasContent("theirs");
    assertIdle();
  }

  @Test
  void nestedFoldersNegationAndDefaultsFollowGitignore() throws IOException {
    write(".osfignore", "build/\n*.log\n!keep.log\n");
    write("build/out.bin", "b");
    write("src/build/x.bin", "x");
    write("src/main.c", "int main;");
    write("keep.log", "k");
    write("drop.log", "d");
    write("notes.tmp", "t");
    write(".DS_Store", "litter");

    syncOk();

    for (String uploaded : List.of(".osfignore", "src/main.c", "keep.log")) {
      assertThat(cli.server.readFile(node, uploaded)).as(uploaded).isPresent();
    }
    for (String ignored :
        List.of("build/out.bin", "src/build/x.bin", "drop.log", "notes.tmp", ".DS_Store")) {
      assertThat(cli.server.readFile(node, ignored)).as(ignored).isEmpty();
    }
    CliResult json = cli.run("status", projectFile, "--ignored", "--json");
    JsonNode ignored = JSON.readTree(json.out()).get("ignored");
    assertThat(ignored.get("local").toString())
        .isEqualTo("[\".DS_Store\",\"build\",\"drop.log\",\"notes.tmp\",\"src/build\"]");
    assertThat(ignored.get("osf").size()).isZero();
    assertIdle();
  }

  @Test
  void aProjectFileInsideTheFolderIsNeverSyncedNorItsBackupLockOrTempFiles() throws IOException {
    String inner = cli.server.createProject("Inside");
    Path root = cli.folder("inside");
    String file = root.resolve("meta/p.osf4j.json").toString();
    Files.createDirectories(root.resolve("meta"));
    cli.server.putFile(inner, "meta/p.osf4j.json.bak", bytes("a colleague's backup"));
    Files.writeString(root.resolve("data.txt"), "data", UTF_8);

    CliResult init = cli.run("init", file, "--project", inner, "--root", root.toString());
    assertThat(init.code()).as(init.toString()).isZero();
    assertThat(init.out()).contains("is inside the folder; osf4j never syncs it");
    CliResult sync = cli.run("sync", file);
    assertThat(sync.code()).as(sync.toString()).isZero();
    assertThat(sync.out()).contains("upload         data.txt").doesNotContain("p.osf4j");
    CliResult again = cli.run("sync", file);
    assertThat(again.out()).contains("In sync");

    assertThat(cli.server.readFile(inner, "data.txt")).contains(bytes("data"));
    assertThat(root.resolve("meta/p.osf4j.json.bak")).exists();
    assertThat(Files.readString(root.resolve("meta/p.osf4j.json.bak"), UTF_8))
        .doesNotContain("a colleague's backup");
    for (String own : List.of("meta/p.osf4j.json", "meta/p.osf4j.json.lock")) {
      assertThat(cli.server.readFile(inner, own)).as(own).isEmpty();
    }
    assertThat(cli.server.readFile(inner, "meta/p.osf4j.json.bak"))
        .contains(bytes("a colleague's backup"));
    CliResult status = cli.run("status", file, "--ignored");
    assertThat(status.out()).contains("  meta/p.osf4j.json\n").contains("In sync");
  }

  private CliResult syncOk() {
    CliResult sync = cli.run("sync", projectFile);
    assertThat(sync.code()).as(sync.toString()).isZero();
    return sync;
  }

  /** A sync and a status that find nothing to do. */
  private void assertIdle() throws IOException {
    CliResult sync = syncOk();
    assertThat(sync.out()).contains("In sync: nothing to do.");
    CliResult status = cli.run("status", projectFile, "--json");
    assertThat(status.code()).as(status.toString()).isZero();
    JsonNode plan = JSON.readTree(status.out());
    assertThat(plan.get("actions").size()).as(status.out()).isZero();
    assertThat(plan.get("ignore").get("leaving").size()).as(status.out()).isZero();
  }

  private void write(String path, String text) throws IOException {
    Path file = folder.resolve(path);
    Path parent = file.getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, text, UTF_8);
  }

  /** Every regular file under the folder, relative and {@code /}-separated. */
  private List<String> localFiles() throws IOException {
    List<String> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.filter(Files::isRegularFile)
          .forEach(p -> files.add(folder.relativize(p).toString().replace('\\', '/')));
    }
    return files;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(UTF_8);
  }
}
