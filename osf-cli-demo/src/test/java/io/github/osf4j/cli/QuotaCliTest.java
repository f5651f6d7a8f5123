package io.github.osf4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.osf4j.testkit.Fault;
import io.github.osf4j.testkit.RequestLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The storage quota through the command: skipped before sending, a 507 once, status's usage. */
final class QuotaCliTest {
  private static final int KB = 1000;

  @TempDir Path temp;
  private CliHarness cli;
  private String node = "";
  private Path folder = Path.of("");
  private String projectFile = "";

  @BeforeEach
  void aProjectWithAOneMegabyteQuota() throws IOException {
    cli = new CliHarness(temp);
    cli.login();
    node = cli.server.createProject("Quota");
    cli.server.setQuota(node, 1_000 * KB);
    folder = cli.folder("data");
    projectFile = temp.resolve("q.osf4j.json").toString();
    CliResult init = cli.run("init", projectFile, "--project", node, "--root", folder.toString());
    assertThat(init.code()).as(init.toString()).isZero();
  }

  @AfterEach
  void close() {
    cli.assertNoSecretPrinted();
    cli.close();
  }

  @Test
  void uploadsOverTheQuotaAreSkippedBeforeSendingAndTheRestRuns() throws IOException {
    cli.server.putFile(node, "old.bin", new byte[600 * KB]);
    write("a.bin", 300 * KB);
    write("b.bin", 200 * KB);
    write("c.bin", 50 * KB);

    CliResult sync = cli.run("--quota", "1MB", "sync", projectFile);

    assertThat(sync.code()).as(sync.toString()).isEqualTo(ExitCodes.INCOMPLETE);
    assertThat(sync.err().lines().filter(l -> l.startsWith("osf4j:")))
        .containsExactly(
            "osf4j: the planned uploads (3 files, 550.0 kB) would exceed the storage quota of this"
                + " private project (1.0 MB, 600.0 kB used) by 150.0 kB: 1 upload (200.0 kB)"
                + " skipped; free space on OSF (every version of a file counts) and sync again");
    assertThat(sync.out())
        .contains("skipped        b.bin: not uploaded: it would take the project over its OSF");
    assertThat(uploadsNamed("b.bin")).isZero();
    assertThat(uploadsNamed("a.bin")).isEqualTo(1);
    assertThat(uploadsNamed("c.bin")).isEqualTo(1);
    assertThat(cli.server.requests().countStatus(507)).isZero();
    assertThat(Files.size(folder.resolve("old.bin"))).isEqualTo(600 * KB);
  }

  @Test
  void statusShowsUsageNearTheQuotaAndTheSkippedUpload() throws IOException {
    cli.server.putFile(node, "old.bin", new byte[950 * KB]);
    write("b.bin", 200 * KB);

    CliResult status = cli.run("--quota", "1MB", "status", projectFile);
    CliResult json = cli.run("--quota", "1MB", "status", "--json", projectFile);

    assertThat(status.code()).as(status.toString()).isEqualTo(ExitCodes.INCOMPLETE);
    assertThat(status.out().lines())
        .contains(
            "Storage: 950.0 kB of the 1.0 MB quota used (95 %) in this private project",
            "Quota: the planned uploads (1 file, 200.0 kB) would exceed the storage quota of this"
                + " private project (1.0 MB, 950.0 kB used) by 150.0 kB: 1 upload (200.0 kB)"
                + " skipped; free space on OSF (every version of a file counts) and sync again")
        .anyMatch(l -> l.startsWith("  skip           b.bin: not uploaded"));
    JsonNode storage = new ObjectMapper().readTree(json.out()).path("storage");
    assertThat(storage.path("usedBytes").asLong()).isEqualTo(950 * KB);
    assertThat(storage.path("quotaBytes").asLong()).isEqualTo(1_000 * KB);
    assertThat(storage.path("near").asBoolean()).isTrue();
    assertThat(storage.path("overByBytes").asLong()).isEqualTo(150 * KB);
    assertThat(storage.path("skippedUploads").toString()).isEqualTo("[\"b.bin\"]");
    assertThat(cli.server.requests().count("PUT", ".*")).isZero();
  }

  @Test
  void statusSaysNothingAboutStorageFarFromTheQuota() throws IOException {
    write("small.bin", 10 * KB);

    CliResult status = cli.run("--quota", "1MB", "status", projectFile);

    assertThat(status.code()).as(status.toString()).isZero();
    assertThat(status.out()).doesNotContain("Storage:").doesNotContain("Quota:");
  }

  @Test
  void a507MidRunIsReportedOnceAndNoFurtherUploadIsSent() throws IOException {
    cli.server.setStoragePending(Integer.MAX_VALUE); // OSF still computing: no pre-check
    for (int i = 1; i <= 5; i++) {
      write("f" + i + ".bin", 300 * KB);
    }

    CliResult full = cli.run("--quota", "1MB", "sync", "--jobs", "1", projectFile);

    assertThat(full.code()).as(full.toString()).isEqualTo(ExitCodes.SERVER);
    assertThat(full.err().lines().filter(l -> l.startsWith("osf4j:")))
        .singleElement()
        .asString()
        .contains("over its OSF storage quota")
        .contains("the run stopped after 3 of 5 actions, which are recorded");
    assertThat(cli.server.requests().countStatus(507)).isEqualTo(1);
    assertThat(cli.server.requests().count("PUT", ".*")).isEqualTo(4);
    assertThat(uploadsNamed("f5.bin")).isZero();

    cli.server.setStoragePending(0); // computed now: the next run checks before sending
    CliResult again = cli.run("--quota", "1MB", "sync", projectFile);

    assertThat(again.code()).as(again.toString()).isEqualTo(ExitCodes.INCOMPLETE);
    assertThat(again.err()).contains("2 uploads (600.0 kB) skipped");
    assertThat(cli.server.requests().count("PUT", ".*")).isEqualTo(4);
  }

  @Test
  void aStorageEndpointThatFailsDoesNotBlockTheSync() throws IOException {
    cli.server.faults().add(Fault.status(500).onPathContaining("/storage/"));
    write("a.bin", 10 * KB);

    CliResult sync = cli.run("sync", projectFile);

    assertThat(sync.code()).as(sync.toString()).isZero();
    assertThat(uploadsNamed("a.bin")).isEqualTo(1);
  }

  @Test
  void syncJsonCarriesTheStorageObject() throws IOException {
    cli.server.putFile(node, "old.bin", new byte[900 * KB]);
    write("big.bin", 200 * KB);

    CliResult sync = cli.run("--quota", "1MB,2MB", "sync", "--json", projectFile);

    assertThat(sync.code()).as(sync.toString()).isEqualTo(ExitCodes.INCOMPLETE);
    JsonNode out = new ObjectMapper().readTree(sync.out());
    assertThat(out.path("storage").path("skippedUploads").toString()).isEqualTo("[\"big.bin\"]");
    assertThat(out.path("storage").path("public").asBoolean()).isFalse();
    assertThat(out.path("skipped").get(0).path("path").asText()).isEqualTo("big.bin");
    assertThat(sync.err()).doesNotContain("osf4j:");
  }

  @Test
  void aBadQuotaIsAUsageErrorInOneLine() {
    CliResult bad = cli.run("--quota", "5XB", "status", projectFile);

    assertThat(bad.code()).as(bad.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err().lines().filter(l -> !l.isBlank()).findFirst().orElse(""))
        .contains("'5XB' is not a quota: use a size such as 5GB, or PRIVATE,PUBLIC");
  }

  private void write(String name, int bytes) throws IOException {
    Files.write(folder.resolve(name), new byte[bytes]);
  }

  private long uploadsNamed(String name) {
    List<RequestLog.Entry> entries = cli.server.requests().entries();
    return entries.stream()
        .filter(e -> e.method().equals("PUT") && e.query().contains("name=" + name))
        .count();
  }
}
