package io.github.osf4j.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.osf4j.core.Entry;
import io.github.osf4j.core.IncompleteListingException;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.Snapshot;
import io.github.osf4j.testkit.Fault;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class ListingTest {
  private static final String LISTING = "/v1/resources/[^/]+/providers/osfstorage/([0-9a-f]+/)?";

  private final Emulator emu = Emulator.start();
  private final String node = emu.server.createProject("P");

  @AfterEach
  void stop() {
    emu.close();
  }

  @Test
  void thousandFilesInHundredFoldersTakeOneRequestPerFolder() throws Exception {
    for (int f = 0; f < 100; f++) {
      String folder = f < 10 ? "top" + f : "top" + (f % 10) + "/sub" + f;
      emu.server.createFolder(node, folder);
      for (int i = 0; i < 10; i++) {
        emu.server.putFile(node, folder + "/file" + i + ".txt", ("x" + f + i).getBytes(UTF_8));
      }
    }
    emu.server.requests().clear();

    Snapshot snapshot = emu.storage().list(node);

    assertThat(snapshot.fileCount()).isEqualTo(1000);
    assertThat(snapshot.size()).isEqualTo(1100);
    assertThat(snapshot.problems()).isEmpty();
    assertThat(emu.server.requests().count("GET", LISTING)).isLessThanOrEqualTo(101);
    assertThat(emu.server.requests().count())
        .isEqualTo(101 + 1); // + 1: the project's storage region, asked once
    Entry file = snapshot.get(RelPath.of("top3/sub13/file4.txt")).orElseThrow();
    assertThat(java.util.Objects.requireNonNull(file.remote()).id())
        .isEqualTo(emu.server.fileId(node, "top3/sub13/file4.txt").orElseThrow());
    assertThat(file.size()).isEqualTo(4);
  }

  @Test
  void filesCarryOsfsModificationTimeFoldersNone() throws Exception {
    java.time.Instant before = java.time.Instant.now().minusSeconds(5);
    emu.server.putFile(node, "d/a.txt", new byte[] {1});

    Snapshot snapshot = emu.storage().list(node);

    assertThat(snapshot.get(RelPath.of("d/a.txt")).orElseThrow().modified())
        .isNotNull()
        .isAfter(before);
    assertThat(snapshot.get(RelPath.of("d")).orElseThrow().modified()).isNull();
  }

  @Test
  void osfTimesParseWithAndWithoutAnOffset() {
    assertThat(Json.utc("2017-07-11T22:00:43.000000+00:00"))
        .isEqualTo(java.time.Instant.parse("2017-07-11T22:00:43Z"));
    assertThat(Json.utc("2026-02-19T02:59:28.146904"))
        .isEqualTo(java.time.Instant.parse("2026-02-19T02:59:28.146904Z"));
    assertThat(Json.utc("yesterday")).isNull();
    assertThat(Json.utc(null)).isNull();
  }

  @Test
  void invalidNamesAreProblemsNotEntries() throws Exception {
    emu.server.putFile(node, "ok.txt", new byte[] {1});
    emu.server.putFile(node, "bad\u0001name.txt", new byte[] {2});
    emu.server.putFile(node, "dir/../x", new byte[] {3});

    Snapshot snapshot = emu.storage().list(node);

    assertThat(snapshot.entries().keySet())
        .containsExactlyInAnyOrder(RelPath.of("ok.txt"), RelPath.of("dir"));
    assertThat(snapshot.problems().keySet())
        .containsExactlyInAnyOrder(RelPath.of("bad%01name.txt"), RelPath.of("dir/%2E%2E"));
  }

  @Test
  void namesThatCollideAfterNfcAreProblems() throws Exception {
    emu.server.putFile(node, "caf\u00e9.txt", new byte[] {1});
    emu.server.putFile(node, "cafe\u0301.txt", new byte[] {2});
    emu.server.createFolder(node, "twin");
    emu.server.putFile(node, "other/twin", new byte[] {3});

    Snapshot snapshot = emu.storage().list(node);

    assertThat(snapshot.find(RelPath.of("caf\u00e9.txt"))).isNull();
    assertThat(snapshot.problems()).containsKey(RelPath.of("caf\u00e9.txt"));
    assertThat(snapshot.find(RelPath.of("other/twin"))).isNotNull();
  }

  @Test
  void fileAndFolderOfOneNameAreAProblem() throws Exception {
    emu.server.createFolder(node, "same");
    emu.server.putFile(node, "same/inside.txt", new byte[] {1});
    emu.server.putFile(node, "same", new byte[] {2});

    Snapshot snapshot = emu.storage().list(node);

    assertThat(snapshot.problems()).containsKey(RelPath.of("same"));
    assertThat(snapshot.entries()).isEmpty();
  }

  @Test
  void nfdNamesAreKeyedByNfcAndKeepTheirSpelling() throws Exception {
    emu.server.putFile(node, "cafe\u0301/a.txt", new byte[] {1});

    Snapshot snapshot = emu.storage().list(node);

    Entry entry = snapshot.get(RelPath.of("caf\u00e9/a.txt")).orElseThrow();
    assertThat(entry.nativePath()).isEqualTo("cafe\u0301/a.txt");
  }

  @Test
  void aFolderThatKeepsFailingFailsTheWholeListing() throws Exception {
    String bad = emu.server.createFolder(node, "a/bad");
    emu.server.putFile(node, "a/good.txt", new byte[] {1});
    emu.server.faults().add(Fault.status(500).onPathContaining(bad));

    assertThatThrownBy(() -> emu.storage().list(node))
        .isInstanceOf(IncompleteListingException.class)
        .hasMessageContaining(node);
    assertThat(emu.server.requests().count(e -> e.path().contains(bad))).isEqualTo(4);
    assertThat(emu.waits).hasSize(3);
  }

  @Test
  void serverErrorIsRetried() throws Exception {
    assertRetriedOnce(Fault.status(502).onMethod("GET").times(1));
  }

  @Test
  void resetBeforeTheResponseIsRetried() throws Exception {
    // The JDK client itself repeats a GET whose connection died before any response (it takes it
    // for a stale pooled connection), so no backoff wait may be needed here.
    emu.server.putFile(node, "a/b/c.txt", new byte[] {1});
    emu.server.faults().add(Fault.resetBeforeBody().onMethod("GET").times(1));

    assertThat(emu.storage().list(node).size()).isEqualTo(3);
    assertThat(emu.server.requests().count())
        .isEqualTo(3 + 1 + 1); // + 1: the project's storage region, asked once
    assertThat(emu.server.requests().countStatus(0)).isEqualTo(1);
  }

  @Test
  void resetMidBodyIsRetried() throws Exception {
    assertRetriedOnce(Fault.resetMidBody().onMethod("GET").times(1));
  }

  @Test
  void truncatedBodyIsRetried() throws Exception {
    assertRetriedOnce(Fault.truncatedBody().onMethod("GET").times(1));
  }

  private void assertRetriedOnce(Fault fault) throws Exception {
    emu.server.putFile(node, "a/b/c.txt", new byte[] {1});
    emu.server.faults().add(fault);

    Snapshot snapshot = emu.storage().list(node);

    assertThat(snapshot.size()).isEqualTo(3);
    assertThat(emu.server.requests().count())
        .isEqualTo(3 + 1 + 1); // + 1: the project's storage region, asked once
    assertThat(emu.waits).hasSize(1).allSatisfy(w -> assertThat(w).isPositive());
  }

  @Test
  void http429WaitsForRetryAfter() throws Exception {
    emu.server.faults().add(Fault.tooManyRequests(7).onPathContaining("/v1/").times(1));

    assertThat(emu.storage().list(node).isEmpty()).isTrue();

    assertThat(emu.waits)
        .singleElement()
        .satisfies(w -> assertThat(w).isBetween(Duration.ofSeconds(6), Duration.ofSeconds(7)));
    assertThat(emu.server.requests().countStatus(429)).isEqualTo(1);
    assertThat(emu.server.requests().count())
        .isEqualTo(2 + 1); // + 1: the project's storage region, asked once
  }

  @Test
  void retryAfterLongerThanTheLimitFailsAtOnce() {
    emu.server.faults().add(Fault.tooManyRequests(3600));

    assertThatThrownBy(() -> emu.storage().whoAmI())
        .isInstanceOf(io.github.osf4j.core.ServerBusyException.class)
        .hasMessageContaining("asks to wait 60 min")
        .hasMessageContaining("Try again after");
    assertThat(emu.server.requests().count()).isEqualTo(1);
  }

  @Test
  void maintenanceIsRetriedThenReportedClearly() {
    emu.server.faults().add(Fault.maintenance());

    assertThatThrownBy(() -> emu.storage().whoAmI())
        .isInstanceOf(io.github.osf4j.core.ServerException.class)
        .hasMessageContaining("maintenance")
        .hasMessageContaining("4 attempts");
    assertThat(emu.server.requests().countStatus(503)).isEqualTo(4);
  }

  @Test
  void maintenanceThatEndsIsWaitedOut() throws Exception {
    emu.server.faults().add(Fault.maintenance().times(2));

    assertThat(emu.storage().whoAmI().id()).isEqualTo(emu.server.userId());
    assertThat(emu.server.requests().count()).isEqualTo(3);
  }

  @Test
  void aStalledBodyIsCutOffByTheIdleTimeoutAndRetried() throws Exception {
    emu.server.putFile(node, "a.txt", new byte[] {1});
    emu.server.faults().add(Fault.slowBody(2).onMethod("GET").times(1));
    OsfHttpConfig config =
        emu.config().toBuilder()
            .timeouts(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofMillis(250))
            .build();

    Snapshot snapshot = emu.storage(config, Emulator.TOKEN).list(node);

    assertThat(snapshot.size()).isEqualTo(1);
    assertThat(emu.server.requests().count())
        .isEqualTo(2 + 1); // + 1: the project's storage region, asked once
  }

  @Test
  void folderListingsRunInParallelUnderTheLimit() throws Exception {
    for (int f = 0; f < 12; f++) {
      emu.server.putFile(node, "f" + f + "/x.txt", new byte[] {1});
    }
    emu.server.faults().add(Fault.latency(Duration.ofMillis(100)));

    Snapshot snapshot = emu.storage().list(node);

    assertThat(snapshot.size()).isEqualTo(24);
    assertThat(emu.server.requests().count())
        .isEqualTo(13 + 1); // + 1: the project's storage region, asked once
  }
}
