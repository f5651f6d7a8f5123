package io.github.osf4j.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.osf4j.testkit.FakeOsfServer;
import io.github.osf4j.testkit.RequestLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tokens belong to the server they were stored for: never sent to another one. */
final class ServerTokensTest {
  /** The second server's token, a sentinel like the first's. */
  private static final String OTHER_TOKEN = "0therSERVERtokenKq2Zp8Lx4Wn7Rb5Vd";

  @TempDir Path temp;
  private CliHarness cli;
  private FakeOsfServer other;

  @BeforeEach
  void twoServers() throws IOException {
    cli = new CliHarness(temp);
    other = FakeOsfServer.builder().token(OTHER_TOKEN).fullName("Grace Hopper").start();
  }

  @AfterEach
  void close() {
    cli.assertNoSecretPrinted();
    other.close();
    cli.close();
  }

  @Test
  void eachTokenGoesOnlyToItsOwnServer() throws IOException {
    cli.login();
    loginTo(other, OTHER_TOKEN);
    String first = syncAProject(cli.server, Map.of(), "first");
    String second = syncAProject(other, onServer(other), "second");

    assertThat(cli.run("whoami").out()).contains(cli.server.apiUrl());
    assertThat(cli.run("", onServer(other), "whoami").out())
        .contains("Grace Hopper")
        .contains(other.apiUrl());
    assertThat(cli.run("status", first).code()).isZero();
    assertThat(cli.run("status", second).code()).isZero();
    assertThat(tokensSeenBy(cli.server)).isNotZero();
    assertThat(tokensSeenBy(other)).isNotZero();
    assertThat(foreignTokensSeenBy(cli.server, OTHER_TOKEN)).isZero();
    assertThat(foreignTokensSeenBy(other, CliHarness.TOKEN)).isZero();
    cli.assertNoOutputContains(OTHER_TOKEN);
  }

  @Test
  void aProjectFileOfAServerWithoutAnAccountGetsNoToken() throws IOException {
    cli.login();
    String projectFile = syncAProject(cli.server, Map.of(), "mine");
    Path crafted = temp.resolve("crafted.osf4j.json");
    Files.writeString(
        crafted,
        Files.readString(Path.of(projectFile), UTF_8)
            .replace(cli.server.apiUrl(), other.apiUrl())
            .replace(cli.server.filesUrl(), other.filesUrl()),
        UTF_8);
    other.requests().clear();

    CliResult status = cli.run("status", crafted.toString());

    assertThat(status.code()).as(status.toString()).isEqualTo(ExitCodes.AUTH);
    assertThat(status.err())
        .endsWith(
            "\nosf4j: not logged in to "
                + other.apiUrl().replaceFirst("/v2/?$", "")
                + ": run osf4j login --api-url "
                + other.apiUrl()
                + " --files-url "
                + other.filesUrl()
                + " (or set OSF_TOKEN)\n");
    assertThat(foreignTokensSeenBy(other, CliHarness.TOKEN)).isZero();
    assertThat(tokensSeenBy(other)).isZero();
  }

  @Test
  void endpointOptionsThatDisagreeWithTheProjectFileAreRefused() throws IOException {
    cli.login();
    loginTo(other, OTHER_TOKEN);
    String projectFile = syncAProject(cli.server, Map.of(), "mine");
    other.requests().clear();

    CliResult status =
        cli.run(
            "--api-url", other.apiUrl(), "--files-url", other.filesUrl(), "status", projectFile);

    assertThat(status.code()).as(status.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(status.err()).contains("--api-url").contains(cli.server.apiUrl()).hasLineCount(1);
    assertThat(other.requests().count()).isZero();
  }

  @Test
  void theEnvironmentsUrlsGiveWayToTheProjectFileWithANote() throws IOException {
    cli.login();
    String projectFile = syncAProject(cli.server, Map.of(), "mine");

    CliResult status = cli.run("", onServer(other), "status", projectFile);

    assertThat(status.code()).as(status.toString()).isZero();
    assertThat(status.err()).contains("OSF_API_URL").contains("ignored").hasLineCount(1);
    assertThat(other.requests().count()).isZero();
  }

  @Test
  void aTokenFileFromBeforeServersIsOsfIosAndNotSentElsewhere() throws IOException {
    Files.writeString(
        cli.configDir.resolve("tokens.json"),
        "{\"format\":1,\"accounts\":[{\"userId\":\"u1\",\"username\":\"ada@example.com\","
            + "\"token\":\""
            + CliHarness.TOKEN
            + "\"}],\"pyosfIgnored\":[]}",
        UTF_8);

    CliResult here = cli.run("whoami");
    CliResult osfIo =
        cli.run(
            "",
            Map.of(
                "OSF_API_URL",
                "https://api.osf.io/v2/",
                "OSF_FILES_URL",
                "https://files.osf.io/v1/"),
            "logout",
            "--username",
            "ada@example.com");

    assertThat(here.code()).as(here.toString()).isEqualTo(ExitCodes.AUTH);
    assertThat(tokensSeenBy(cli.server)).isZero();
    assertThat(osfIo.code()).as(osfIo.toString()).isZero();
    assertThat(osfIo.out()).contains("ada@example.com").contains("api.osf.io");
  }

  private void loginTo(FakeOsfServer server, String token) {
    CliResult login = cli.run(token + "\n", onServer(server), "login", "--token-stdin");
    assertThat(login.code()).as(login.toString()).isZero();
  }

  private String syncAProject(FakeOsfServer server, Map<String, String> env, String name)
      throws IOException {
    String node = server.createProject(name);
    server.putFile(node, "remote.txt", "from OSF\n".getBytes(UTF_8));
    Path folder = cli.folder(name);
    Files.writeString(folder.resolve("local.txt"), "from here\n", UTF_8);
    String projectFile = temp.resolve(name + ".osf4j.json").toString();
    CliResult init =
        cli.run("", env, "init", projectFile, "--project", node, "--root", folder.toString());
    assertThat(init.code()).as(init.toString()).isZero();
    CliResult sync = cli.run("", env, "sync", projectFile);
    assertThat(sync.code()).as(sync.toString()).isZero();
    assertThat(server.readFile(node, "local.txt")).isPresent();
    return projectFile;
  }

  private static Map<String, String> onServer(FakeOsfServer server) {
    return Map.of("OSF_API_URL", server.apiUrl(), "OSF_FILES_URL", server.filesUrl());
  }

  private static long tokensSeenBy(FakeOsfServer server) {
    return server.requests().entries().stream()
        .map(e -> e.header("authorization"))
        .filter(Objects::nonNull)
        .count();
  }

  private static long foreignTokensSeenBy(FakeOsfServer server, String foreign) {
    return server.requests().entries().stream()
        .map((RequestLog.Entry e) -> Objects.toString(e.header("authorization"), ""))
        .filter(h -> h.contains(foreign))
        .count();
  }
}
