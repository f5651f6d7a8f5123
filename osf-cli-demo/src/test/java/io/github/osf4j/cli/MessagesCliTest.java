package io.github.osf4j.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.osf4j.testkit.Fault;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each message of issue 17's list, through the real command: one line on stderr, the option's name,
 * the documented exit code, and no Java class names unless {@code -v}.
 */
final class MessagesCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;
  private CliHarness cli;
  private String node = "";
  private Path folder = Path.of("");
  private String projectFile = "";

  @BeforeEach
  void project() throws IOException {
    cli = new CliHarness(temp);
    cli.login();
    node = cli.server.createProject("Reaction times");
    folder = cli.folder("experiment");
    Files.writeString(folder.resolve("a.csv"), "rt\n", UTF_8);
    projectFile = temp.resolve("rt.osf4j.json").toString();
    CliResult init = cli.run("init", projectFile, "--project", node, "--root", folder.toString());
    assertThat(init.code()).as(init.toString()).isZero();
  }

  @AfterEach
  void noSecretWasPrinted() {
    cli.assertNoSecretPrinted();
    cli.close();
  }

  /** The run's only stderr line, which names no Java internals. */
  private static AbstractStringAssert<?> oneLine(CliResult result) {
    assertThat(result.err().lines()).as(result.toString()).hasSize(1);
    String line = result.err().strip();
    assertThat(line).startsWith("osf4j: ").doesNotContain("java.").doesNotContain("Exception");
    return assertThat(line);
  }

  @Test
  void initWithAFileAsRootIsAUsageErrorNamingTheFile() throws IOException {
    Path file = Files.writeString(temp.resolve("afile"), "x", UTF_8);

    CliResult init =
        cli.run(
            "init",
            temp.resolve("p.json").toString(),
            "--project",
            node,
            "--root",
            file.toString());

    assertThat(init.code()).isEqualTo(ExitCodes.USAGE);
    oneLine(init).isEqualTo("osf4j: not a folder: " + file + " is a file (--root needs a folder)");
    assertThat(temp.resolve("p.json")).doesNotExist();
  }

  @Test
  void initWithAMissingRootCreatesTheFolderAndSaysSo() {
    Path missing = temp.resolve("new-experiment");

    CliResult init =
        cli.run(
            "init",
            temp.resolve("q.json").toString(),
            "--project",
            node,
            "--root",
            missing.toString());

    assertThat(init.code()).as(init.toString()).isZero();
    assertThat(missing).isDirectory();
    assertThat(init.out() + init.err())
        .contains("Created folder " + missing + " (it did not exist)");
  }

  @Test
  void projectsOfAnUnknownUserIsAUsageError() {
    CliResult projects = cli.run("projects", "--user", "nobody");

    assertThat(projects.code()).isEqualTo(ExitCodes.USAGE);
    oneLine(projects).startsWith("osf4j: --user nobody: no such OSF user");
  }

  @Test
  void aMissingRootStopsWithOneLineAndNoInSync() throws IOException {
    Files.delete(folder.resolve("a.csv"));
    Files.delete(folder);

    CliResult sync = cli.run("sync", projectFile);

    assertThat(sync.code()).isEqualTo(ExitCodes.SAFETY);
    assertThat(sync.out()).contains("does not exist").doesNotContain("In sync");
    oneLine(sync)
        .isEqualTo(
            "osf4j: a safety gate stopped this sync before anything changed: check the folder and"
                + " the project, then rerun with --force");
  }

  @Test
  void syncJsonOnASafetyAbortPrintsTheResultObject() throws IOException {
    Files.delete(folder.resolve("a.csv"));
    Files.delete(folder);

    CliResult sync = cli.run("sync", projectFile, "--json");

    assertThat(sync.code()).isEqualTo(ExitCodes.SAFETY);
    JsonNode result = JSON.readTree(sync.out());
    assertThat(result.get("done").size()).isZero();
    assertThat(result.get("failed").size()).isZero();
    assertThat(result.get("safe").asBoolean()).isFalse();
    assertThat(result.get("unsafe").get(0).asText()).contains("does not exist");
    assertThat(result.has("planned")).isTrue();
    assertThat(result.has("conflicts")).isTrue();
    assertThat(result.has("skipped")).isTrue();
  }

  @Test
  void syncJsonAfterARunHasTheSameShape() throws IOException {
    CliResult sync = cli.run("sync", projectFile, "--json");

    assertThat(sync.code()).as(sync.toString()).isZero();
    JsonNode result = JSON.readTree(sync.out());
    assertThat(result.get("done").get(0).get("path").asText()).isEqualTo("a.csv");
    assertThat(result.get("safe").asBoolean()).isTrue();
    assertThat(result.get("planned").size()).isEqualTo(1);
  }

  @Test
  void anUnknownConflictPolicyIsOneLineNamingTheOption() {
    CliResult sync = cli.run("sync", projectFile, "--conflict", "bogus");

    assertThat(sync.code()).isEqualTo(ExitCodes.USAGE);
    oneLine(sync)
        .contains("'--conflict'")
        .contains("unknown conflict policy 'bogus'")
        .endsWith("(see osf4j sync --help)");
  }

  @Test
  void maxDeleteOutOfRangeNamesTheOption() {
    CliResult sync = cli.run("sync", projectFile, "--max-delete", "200");

    assertThat(sync.code()).isEqualTo(ExitCodes.USAGE);
    oneLine(sync).isEqualTo("osf4j: --max-delete must be 0-100: 200");
  }

  @Test
  void jobsOutOfRangeNamesTheOptionAlsoWithTheShortFlag() {
    CliResult sync = cli.run("sync", projectFile, "-j", "0");

    assertThat(sync.code()).isEqualTo(ExitCodes.USAGE);
    oneLine(sync).isEqualTo("osf4j: --jobs must be 1-64: 0");
  }

  @Test
  void plainHttpToAnotherHostNamesTheOption() {
    CliResult whoami =
        cli.runWithToken(
            "whoami",
            "--api-url",
            "http://example.org/v2/",
            "--files-url",
            "http://example.org/v1/");

    assertThat(whoami.code()).isEqualTo(ExitCodes.USAGE);
    oneLine(whoami).startsWith("osf4j: the API URL (--api-url or OSF_API_URL) must use https");
  }

  @Test
  void aRefusedOsfTokenSaysSoOnceAndDoesNotSuggestLogin() {
    CliResult whoami = cli.run("", Map.of("OSF_TOKEN", "wrong-token-1234"), "whoami");

    assertThat(whoami.code()).isEqualTo(ExitCodes.AUTH);
    oneLine(whoami)
        .isEqualTo(
            "osf4j: OSF refused the token in OSF_TOKEN: it is invalid, expired or revoked; set a"
                + " valid OSF_TOKEN, or unset it to use the stored login")
        .doesNotContain("login:")
        .doesNotContain("HTTP 401");
  }

  @Test
  void aRefusedStoredTokenSuggestsLoggingInAgain() {
    cli.server.faults().add(Fault.status(401).onMethod("GET"));

    CliResult whoami = cli.run("whoami");

    assertThat(whoami.code()).isEqualTo(ExitCodes.AUTH);
    oneLine(whoami)
        .isEqualTo(
            "osf4j: OSF refused the access token: it is invalid, expired or revoked; log in"
                + " again: osf4j login");
  }

  @Test
  void twoFactorIsAskedForOnceWithTheOption() {
    CliResult login =
        cli.run(
            CliHarness.PASSWORD + "\n",
            Map.of(),
            "login",
            "--username",
            CliHarness.EMAIL,
            "--password-stdin");

    assertThat(login.code()).isEqualTo(ExitCodes.AUTH);
    oneLine(login)
        .isEqualTo(
            "osf4j: this account uses two-factor authentication: rerun with --otp CODE (the"
                + " current one-time code)");
  }

  @Test
  void aWrongTwoFactorCodeIsOneLine() {
    CliResult login =
        cli.run(
            CliHarness.PASSWORD + "\n",
            Map.of(),
            "login",
            "--username",
            CliHarness.EMAIL,
            "--password-stdin",
            "--otp",
            "000000");

    assertThat(login.code()).isEqualTo(ExitCodes.AUTH);
    oneLine(login)
        .isEqualTo(
            "osf4j: the two-factor code was not accepted: rerun with --otp and the current code");
  }

  @Test
  void verboseAddsTheJavaDetails() {
    CliResult sync = cli.run("sync", projectFile, "--max-delete", "200", "-v");

    assertThat(sync.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(sync.err().lines().findFirst()).hasValue("osf4j: --max-delete must be 0-100: 200");
    assertThat(sync.err()).contains("java.lang.IllegalArgumentException");
  }

  @Test
  void notLoggedInToOsfIoWhileLoggedInElsewhereSaysHowToUseTheOtherLogin() {
    Map<String, String> noServerInEnv = Map.of("OSF_API_URL", "", "OSF_FILES_URL", "");

    CliResult whoami = cli.run("", noServerInEnv, "whoami");

    assertThat(whoami.code()).isEqualTo(ExitCodes.AUTH);
    oneLine(whoami)
        .isEqualTo(
            "osf4j: not logged in: run osf4j login (or set OSF_TOKEN); you are logged in at "
                + cli.server.apiUrl()
                + ": to use it, add --api-url "
                + cli.server.apiUrl()
                + " --files-url "
                + cli.server.filesUrl()
                + " (or set OSF_API_URL and OSF_FILES_URL)");
  }

  @Test
  void aProjectFileOfOsfIoGetsNoHintToUseAnotherServer() throws IOException {
    Path mine = temp.resolve("mine.osf4j.json");
    CliResult init =
        cli.run("init", mine.toString(), "--project", node, "--root", temp.resolve("w").toString());
    assertThat(init.code()).as(init.toString()).isZero();
    Path projectFile = temp.resolve("osfio.osf4j.json");
    Files.writeString(
        projectFile,
        Files.readString(mine, UTF_8)
            .replace(cli.server.apiUrl(), "https://api.osf.io/v2/")
            .replace(cli.server.filesUrl(), "https://files.osf.io/v1/"),
        UTF_8);

    CliResult status =
        cli.run(
            "", Map.of("OSF_API_URL", "", "OSF_FILES_URL", ""), "status", projectFile.toString());

    assertThat(status.code()).as(status.toString()).isEqualTo(ExitCodes.AUTH);
    assertThat(status.err()).contains("not logged in").doesNotContain("you are logged in at");
  }
}
