package io.github.osf4j.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --log-file FILE}: a plain, time-stamped log of a run, appended to, without secrets. */
final class LogFileCliTest {
  private static final String STAMP = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ .+";

  @TempDir Path temp;
  private CliHarness cli;
  private String projectFile = "";
  private Path log = Path.of("");

  @BeforeEach
  void aLinkedFolderWithTwoFiles() throws IOException {
    cli = new CliHarness(temp);
    cli.login();
    String node = cli.server.createProject("Logged");
    Path folder = cli.folder("work");
    Files.writeString(folder.resolve("a.csv"), "1,2\n", UTF_8);
    Files.writeString(folder.resolve("b.csv"), "3,4\n", UTF_8);
    projectFile = temp.resolve("l.osf4j.json").toString();
    log = temp.resolve("runs.log");
    CliResult init = cli.run("init", projectFile, "--project", node, "--root", folder.toString());
    assertThat(init.code()).as(init.toString()).isZero();
  }

  @AfterEach
  void close() throws IOException {
    cli.assertNoSecretPrinted();
    if (Files.exists(log)) {
      assertThat(Files.readString(log, UTF_8))
          .doesNotContain(CliHarness.TOKEN)
          .doesNotContain(CliHarness.PASSWORD);
    }
    cli.close();
  }

  @Test
  void aSyncLogsItsPhasesAndEachChangeWithATimeWhileTheScreenStaysQuiet() throws IOException {
    CliResult sync = cli.run("sync", projectFile, "--log-file", log.toString());

    assertThat(sync.code()).as(sync.toString()).isZero();
    assertThat(sync.out()).doesNotContain("  done ");
    List<String> lines = Files.readAllLines(log, UTF_8);
    assertThat(lines).allMatch(line -> line.matches(STAMP), "starts with a UTC time");
    assertThat(String.join("\n", lines))
        .contains("scanning the local folder...")
        .contains("listing OSF...")
        .contains("applying the plan: 2 changes");
    assertThat(lines)
        .anyMatch(line -> line.contains(" done upload") && line.endsWith("a.csv"))
        .anyMatch(line -> line.contains(" done upload") && line.endsWith("b.csv"));
  }

  @Test
  void aSecondRunAppendsAndAnErrorIsLoggedToo() throws IOException {
    assertThat(cli.run("sync", projectFile, "--log-file", log.toString()).code()).isZero();
    long before = Files.readAllLines(log, UTF_8).size();

    CliResult missing =
        cli.run("sync", temp.resolve("nope.osf4j.json").toString(), "--log-file", log.toString());

    assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
    List<String> lines = Files.readAllLines(log, UTF_8);
    assertThat(lines).hasSizeGreaterThan((int) before);
    assertThat(lines.get(lines.size() - 1)).matches(STAMP).contains("nope.osf4j.json");
  }
}
