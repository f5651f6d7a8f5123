package io.github.osf4j.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.condition.OS.WINDOWS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.io.TempDir;

/** A backslash is an ordinary character in a name where the file system allows it. */
@DisabledOnOs(WINDOWS)
final class BackslashNamesTest {
  @TempDir Path temp;
  private CliHarness cli;

  @BeforeEach
  void start() throws IOException {
    cli = new CliHarness(temp);
    cli.login();
  }

  @AfterEach
  void close() {
    cli.assertNoSecretPrinted();
    cli.close();
  }

  @Test
  void aNameWithABackslashSyncsBothWaysAndLaterRunsAreQuiet() throws IOException {
    String node = cli.server.createProject("Names");
    cli.server.putFile(node, "run\\1.csv", "from OSF\n".getBytes(UTF_8));
    Path folder = cli.folder("names");
    Files.writeString(folder.resolve("mine\\2.csv"), "from here\n", UTF_8);
    String projectFile = temp.resolve("n.osf4j.json").toString();
    assertThat(cli.run("init", projectFile, "--project", node, "--root", folder.toString()).code())
        .isZero();

    CliResult first = cli.run("sync", projectFile);
    CliResult second = cli.run("sync", projectFile);

    assertThat(first.code()).as(first.toString()).isZero();
    assertThat(Files.readString(folder.resolve("run\\1.csv"), UTF_8)).isEqualTo("from OSF\n");
    assertThat(cli.server.readFile(node, "mine\\2.csv")).isPresent();
    assertThat(second.code()).as(second.toString()).isZero();
    assertThat(second.out() + second.err()).doesNotContain("skip");
    assertThat(cli.run("status", projectFile).out()).contains("In sync");
  }
}
