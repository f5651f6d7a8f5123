package io.github.osf4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A title from the server reaches the terminal escaped: no control sequence, no forged line. */
final class HostileTitlesTest {
  private static final String TITLE =
      "EEG\u001b]0;pwned\u0007\u001b[2J\nosf4j: everything is fine\u202e";

  @TempDir Path temp;
  private CliHarness cli;
  private String node = "";

  @BeforeEach
  void aProjectWithAHostileTitle() throws IOException {
    cli = new CliHarness(temp);
    cli.login();
    node = cli.server.createProject(TITLE);
  }

  @AfterEach
  void close() {
    cli.assertNoSecretPrinted();
    cli.close();
  }

  @Test
  void projectsInitAndStatusPrintTheTitleEscaped() throws IOException {
    String projectFile = temp.resolve("p.osf4j.json").toString();
    CliResult projects = cli.run("projects");
    CliResult init =
        cli.run("init", projectFile, "--project", node, "--root", cli.folder("f").toString());
    CliResult status = cli.run("status", projectFile);

    assertThat(projects.code()).as(projects.toString()).isZero();
    assertThat(init.code()).as(init.toString()).isZero();
    assertThat(status.code()).as(status.toString()).isZero();
    for (CliResult result : new CliResult[] {projects, init, status}) {
      String all = result.out() + result.err();
      assertThat(all).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u202e");
      assertThat(all.lines()).noneMatch(line -> line.startsWith("osf4j: everything"));
    }
    assertThat(projects.out())
        .contains(node + "  EEG\\e]0;pwned\\x07\\e[2J\\nosf4j: everything is fine\\u202e");
  }
}
