package io.github.osf4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ProjectsCommandTest {
  @TempDir Path temp;
  private CliHarness cli;

  @BeforeEach
  void startEmulator() throws IOException {
    cli = new CliHarness(temp);
    cli.login();
  }

  @AfterEach
  void noSecretWasPrinted() {
    cli.assertNoSecretPrinted();
    cli.close();
  }

  @Test
  void projectsListsOnesOwnProjectsWithTheirIds() {
    String eeg = cli.server.createProject("EEG pilot");
    String rt = cli.server.createProject("Reaction times");

    CliResult projects = cli.run("projects");

    assertThat(projects.code()).as(projects.toString()).isZero();
    assertThat(projects.out()).contains(eeg + "  EEG pilot").contains(rt + "  Reaction times");
  }

  @Test
  void searchFindsProjectsByTitle() {
    cli.server.createProject("EEG pilot");
    String rt = cli.server.createProject("Reaction times");

    CliResult projects = cli.run("projects", "--search", "reaction");

    assertThat(projects.code()).as(projects.toString()).isZero();
    assertThat(projects.out()).contains(rt).doesNotContain("EEG");
  }

  @Test
  void anotherUsersProjectsAreListedById() {
    String rt = cli.server.createProject("Reaction times");

    CliResult projects = cli.run("projects", "--user", cli.server.userId());

    assertThat(projects.code()).as(projects.toString()).isZero();
    assertThat(projects.out()).contains(rt);
  }

  @Test
  void usersSearchPrintsIdsAndNames() {
    CliResult whoami = cli.run("whoami");
    String name = whoami.out().substring(0, whoami.out().indexOf(' '));

    CliResult users = cli.run("users", "search", name);

    assertThat(users.code()).as(users.toString()).isZero();
    assertThat(users.out()).contains(cli.server.userId());
  }

  @Test
  void notLoggedInIsExitCode3() {
    cli.run("logout");

    CliResult projects = cli.run("projects");

    assertThat(projects.code()).isEqualTo(ExitCodes.AUTH);
    assertThat(projects.err())
        .startsWith("osf4j: not logged in to http://127.0.0.1:")
        .contains("run osf4j login --api-url ")
        .endsWith("(or set OSF_TOKEN)\n")
        .hasLineCount(1);
  }
}
