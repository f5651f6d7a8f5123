package io.github.osf4j.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.osf4j.testkit.RequestLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project whose storage lives in another region: status and sync send every file request
 * (listing, upload, download, move, delete) to that region's files host, never to the default one.
 */
final class RegionsCliTest {
  @TempDir Path temp;

  @SuppressWarnings("NullAway.Init")
  private CliHarness cli;

  @AfterEach
  void noSecretWasPrinted() {
    cli.assertNoSecretPrinted();
    cli.close();
  }

  @Test
  void everyFileRequestGoesToTheProjectsRegion() throws IOException {
    cli = new CliHarness(temp, b -> b.region("de1"));
    cli.login();
    String node = cli.server.createProject("Frankfurt lab", "de1");
    cli.server.putFile(node, "remote.txt", "from OSF\n".getBytes(UTF_8));
    Path folder = cli.folder("lab");
    Files.writeString(folder.resolve("a.txt"), "a\n", UTF_8);
    Files.createDirectories(folder.resolve("d"));
    Files.writeString(folder.resolve("d/b.txt"), "b\n", UTF_8);
    Path projectFile = temp.resolve("lab.osf4j.json");
    CliResult init =
        cli.run("init", projectFile.toString(), "--project", node, "--root", folder.toString());
    assertThat(init.code()).as(init.toString()).isZero();
    cli.server.requests().clear();

    CliResult status = cli.run("status", projectFile.toString());
    CliResult first = cli.run("sync", projectFile.toString());

    assertThat(status.code()).as(status.toString()).isZero();
    assertThat(status.out()).contains("a.txt").contains("remote.txt");
    assertThat(first.code()).as(first.toString()).isZero();
    assertThat(cli.server.readFile(node, "d/b.txt")).hasValue("b\n".getBytes(UTF_8));
    assertThat(Files.readString(folder.resolve("remote.txt"), UTF_8)).isEqualTo("from OSF\n");
    assertThat(Files.readString(projectFile, UTF_8))
        .containsPattern(projectFilesUrl(cli.server.filesUrl("de1")));

    Files.move(folder.resolve("a.txt"), folder.resolve("d/a.txt"));
    Files.delete(folder.resolve("remote.txt"));
    CliResult second = cli.run("sync", projectFile.toString());

    assertThat(second.code()).as(second.toString()).isZero();
    assertThat(cli.server.readFile(node, "d/a.txt")).hasValue("a\n".getBytes(UTF_8));
    assertThat(cli.server.fileId(node, "remote.txt")).isEmpty();
    assertThat(cli.server.fileId(node, "a.txt")).isEmpty();

    int de1 = cli.server.port("de1");
    List<RequestLog.Entry> files =
        cli.server.requests().entries().stream().filter(e -> e.path().startsWith("/v1/")).toList();
    assertThat(files).allSatisfy(e -> assertThat(e.port()).as(e.toString()).isEqualTo(de1));
    assertThat(files).extracting(RequestLog.Entry::method).contains("GET", "PUT", "POST", "DELETE");
    assertThat(
            cli.server
                .requests()
                .count(
                    e ->
                        e.port() == de1
                            && e.method().equals("GET")
                            && e.status() == 200
                            && e.path()
                                .matches(
                                    "/v1/resources/" + node + "/providers/osfstorage/[0-9a-f]+")))
        .as("a download")
        .isPositive();
    assertThat(cli.server.requests().entries())
        .filteredOn(e -> e.port() != de1)
        .allSatisfy(e -> assertThat(e.path()).startsWith("/v2/"));
  }

  @Test
  void aProjectInTheDefaultRegionNeverTouchesTheOtherRegion() throws IOException {
    cli = new CliHarness(temp, b -> b.region("de1"));
    cli.login();
    String created = cli.server.createProject("placeholder");
    assertThat(cli.server.regionOf(created)).isEqualTo("us");
    Path folder = cli.folder("home");
    Files.writeString(folder.resolve("x.txt"), "x\n", UTF_8);
    Path projectFile = temp.resolve("home.osf4j.json");
    cli.run("init", projectFile.toString(), "--project", created, "--root", folder.toString());
    cli.server.requests().clear();

    CliResult sync = cli.run("sync", projectFile.toString());

    assertThat(sync.code()).as(sync.toString()).isZero();
    assertThat(cli.server.requests().countOnPort(cli.server.port("de1"))).isZero();
    assertThat(Files.readString(projectFile, UTF_8))
        .containsPattern(projectFilesUrl(cli.server.filesUrl()));
  }

  @Test
  void aLaterRunTakesTheRegionFromTheProjectFileAndAsksOsfOnlyForTheListingAndTheUser()
      throws IOException {
    cli = new CliHarness(temp, b -> b.region("de1"));
    cli.login();
    String node = cli.server.createProject("Frankfurt lab", "de1");
    Path folder = cli.folder("lab");
    Files.createDirectories(folder.resolve("d"));
    Files.writeString(folder.resolve("d/a.txt"), "a\n", UTF_8);
    Path projectFile = temp.resolve("lab.osf4j.json");
    cli.run("init", projectFile.toString(), "--project", node, "--root", folder.toString());
    assertThat(cli.run("sync", projectFile.toString()).code()).isZero();
    cli.server.requests().clear();

    CliResult noOp = cli.run("sync", projectFile.toString());
    Files.writeString(folder.resolve("d/b.txt"), "b\n", UTF_8);
    CliResult upload = cli.run("sync", projectFile.toString());

    assertThat(noOp.code()).as(noOp.toString()).isZero();
    assertThat(upload.code()).as(upload.toString()).isZero();
    assertThat(cli.server.readFile(node, "d/b.txt")).hasValue("b\n".getBytes(UTF_8));
    assertThat(cli.server.requests().entries())
        .extracting(RequestLog.Entry::path)
        .noneMatch(path -> path.equals("/v2/nodes/" + node + "/files/"));
    assertThat(cli.server.requests().entries())
        .filteredOn(e -> e.path().startsWith("/v1/"))
        .allSatisfy(e -> assertThat(e.port()).isEqualTo(cli.server.port("de1")));
  }

  @Test
  void aProjectFileNamingAForeignFilesHostIsNotBelievedAndOsfIsAskedAgain() throws IOException {
    cli = new CliHarness(temp, b -> b.region("de1"));
    cli.login();
    String node = cli.server.createProject("Frankfurt lab", "de1");
    Path folder = cli.folder("lab");
    Files.writeString(folder.resolve("a.txt"), "a\n", UTF_8);
    Path projectFile = temp.resolve("lab.osf4j.json");
    cli.run("init", projectFile.toString(), "--project", node, "--root", folder.toString());
    assertThat(cli.run("sync", projectFile.toString()).code()).isZero();
    String tampered =
        Files.readString(projectFile, UTF_8)
            .replace(cli.server.filesUrl("de1"), "https://files.evil.example/v1/");
    assertThat(tampered).contains("files.evil.example");
    Files.writeString(projectFile, tampered, UTF_8);
    cli.server.requests().clear();

    Files.writeString(folder.resolve("b.txt"), "b\n", UTF_8);
    CliResult sync = cli.run("sync", projectFile.toString());

    assertThat(sync.code()).as(sync.toString()).isZero();
    assertThat(cli.server.readFile(node, "b.txt")).hasValue("b\n".getBytes(UTF_8));
    assertThat(cli.server.requests().entries())
        .extracting(RequestLog.Entry::path)
        .contains("/v2/nodes/" + node + "/files/");
    assertThat(Files.readString(projectFile, UTF_8))
        .containsPattern(projectFilesUrl(cli.server.filesUrl("de1")));
  }

  private static String projectFilesUrl(String url) {
    return "\"projectFilesUrl\"\\s*:\\s*\"" + java.util.regex.Pattern.quote(url) + "\"";
  }
}
