package io.github.osf4j.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code osf4j --version}, {@code osf4j help [COMMAND]} and {@code osf4j completion SHELL}. */
final class HelpVersionCompletionTest {
  @TempDir Path temp;
  private CliHarness cli;

  @BeforeEach
  void start() throws Exception {
    cli = new CliHarness(temp);
  }

  @AfterEach
  void stop() {
    cli.close();
  }

  @Test
  void versionShowsTheVersionTheCommitAndTheJava() {
    CliResult result = cli.run("--version");

    assertThat(result.code()).as(result.toString()).isZero();
    String[] lines = result.out().split("\n", -1);
    assertThat(lines[0]).matches("osf4j \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    assertThat(lines[1]).matches("commit ([0-9a-f]{7,40}(-dirty)?|unknown)");
    assertThat(lines[2])
        .startsWith("Java " + System.getProperty("java.runtime.version") + " (")
        .endsWith(" at " + System.getProperty("java.home"));
    assertThat(result.err()).isEmpty();
  }

  @Test
  void theFastPathOfVersionPrintsWhatPicocliPrints() throws Exception {
    ByteArrayOutputStream fast = new ByteArrayOutputStream();

    boolean handled =
        Main.printedVersion(new String[] {"--version"}, new PrintStream(fast, true, UTF_8));

    assertThat(handled).isTrue();
    assertThat(fast.toString(UTF_8)).isEqualTo(cli.run("-V").out());
    assertThat(Main.printedVersion(new String[] {"whoami", "--version"}, System.out)).isFalse();
    assertThat(Main.printedVersion(new String[] {}, System.out)).isFalse();
  }

  @Test
  void helpAloneListsTheCommandsAndHelpCommandShowsThatCommandsUsage() {
    CliResult all = cli.run("help");
    CliResult sync = cli.run("help", "sync");

    assertThat(all.code()).as(all.toString()).isZero();
    assertThat(all.out())
        .startsWith("Usage: osf4j ")
        .contains("  sync ")
        .contains("  completion ")
        .contains("  help ");
    assertThat(sync.code()).as(sync.toString()).isZero();
    assertThat(sync.out()).startsWith("Usage: osf4j sync ").contains("--dry-run");
  }

  @Test
  void helpForAnUnknownCommandIsAUsageError() {
    CliResult result = cli.run("help", "synk");

    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("synk").doesNotContain("Exception");
  }

  @Test
  void completionPrintsAScriptThatCompletesCommandsAndOptionsInBashAndZsh() {
    CliResult bash = cli.run("completion", "bash");
    CliResult zsh = cli.run("completion", "zsh");

    assertThat(bash.code()).as(bash.toString()).isZero();
    assertThat(bash.out())
        .startsWith("#!/usr/bin/env bash")
        .contains("complete -F _complete_osf4j")
        .contains("sync")
        .contains("--dry-run")
        .contains("ZSH_VERSION");
    assertThat(zsh.code()).as(zsh.toString()).isZero();
    assertThat(zsh.out()).contains("bashcompinit").contains("_complete_osf4j");
    assertThat(bash.err() + zsh.err()).isEmpty();
  }

  @Test
  void completionForAnotherShellIsAUsageErrorNamingTheChoices() {
    CliResult result = cli.run("completion", "fish");

    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("bash, zsh").doesNotContain("Exception");
    assertThat(result.out()).isEmpty();
  }
}
