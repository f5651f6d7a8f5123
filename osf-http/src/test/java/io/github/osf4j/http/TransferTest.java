package io.github.osf4j.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.osf4j.core.Content;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.HashingSink;
import io.github.osf4j.core.NameTakenException;
import io.github.osf4j.core.QuotaExceededException;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.RemoteRef;
import io.github.osf4j.core.TransferListener;
import io.github.osf4j.testkit.FakeOsfServer;
import io.github.osf4j.testkit.Fault;
import io.github.osf4j.testkit.RequestLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class TransferTest {
  private Emulator emu = Emulator.start();
  private String node = emu.server.createProject("P");

  @AfterEach
  void stop() {
    emu.close();
  }

  @Test
  void uploadCreatesTheFileWithContentLengthAndVerifiedHashes() throws Exception {
    Entry entry =
        emu.storage().upload(node, null, "a b+c&d é.txt", Bytes.of("hello"), TransferListener.NONE);

    assertThat(entry.path()).isEqualTo(RelPath.of("a b+c&d é.txt"));
    assertThat(entry.sha256())
        .isEqualTo("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
    assertThat(emu.server.readFile(node, "a b+c&d é.txt"))
        .hasValueSatisfying(b -> assertThat(b).isEqualTo(Bytes.of("hello").data));
    RequestLog.Entry put = only("PUT");
    assertThat(put.path()).isEqualTo("/v1/resources/" + node + "/providers/osfstorage/");
    assertThat(put.query()).isEqualTo("kind=file&name=a%20b%2Bc%26d%20%C3%A9.txt");
    assertThat(put.header("Content-Length")).isEqualTo("5");
  }

  @Test
  void uploadWithAKnownHashReadsTheFileOnceAndStillChecksOsfsHash() throws Exception {
    String hello = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824";
    Bytes known = Bytes.of("hello");
    Entry entry =
        emu.storage()
            .upload(node, null, "k", Content.withKnownSha256(known, hello), TransferListener.NONE);
    assertThat(entry.sha256()).isEqualTo(hello);
    assertThat(known.opened).isEqualTo(1);

    // The file changed after its hash was taken: OSF's hash is checked against the bytes now.
    Bytes changed = Bytes.of("hello");
    Entry again =
        emu.storage()
            .upload(
                node,
                null,
                "k2",
                Content.withKnownSha256(changed, "0".repeat(64)),
                TransferListener.NONE);
    assertThat(again.sha256()).isEqualTo(hello);
    assertThat(changed.opened).isEqualTo(2);
  }

  @Test
  void emptyFileIsSentWithContentLengthZero() throws Exception {
    Entry entry =
        emu.storage().upload(node, null, "empty", new Bytes(new byte[0]), TransferListener.NONE);

    assertThat(entry.size()).isZero();
    assertThat(emu.server.readFile(node, "empty")).hasValueSatisfying(b -> assertThat(b).isEmpty());
    assertThat(only("PUT").header("Content-Length")).isEqualTo("0");
  }

  @Test
  void uploadIntoAFolderUsesTheFolderId() throws Exception {
    Entry folder = emu.storage().mkdir(node, null, "d");
    Entry inner = emu.storage().mkdir(node, folder, "e");

    Entry file = emu.storage().upload(node, inner, "x.txt", Bytes.of("x"), TransferListener.NONE);

    assertThat(file.path()).isEqualTo(RelPath.of("d/e/x.txt"));
    assertThat(emu.server.readFile(node, "d/e/x.txt")).isPresent();
    assertThat(Objects.requireNonNull(inner.remote()).id())
        .isEqualTo(emu.server.fileId(node, "d/e").orElseThrow());
  }

  @Test
  void a409OfTheShapeBeforeWaterButler22IsAlsoNameTakenWithTheExistingEntry() throws Exception {
    String id = emu.server.putFile(node, "x.txt", new byte[] {1, 2});
    // The fault answers {"code":409,"message":"Conflict"}: no entity, so the adapter looks.
    emu.server.faults().add(Fault.status(409).onMethod("PUT").times(1));
    emu.storage().list(node);
    emu.server.requests().clear();

    assertThatThrownBy(
            () -> emu.storage().upload(node, null, "x.txt", Bytes.of("new"), TransferListener.NONE))
        .isInstanceOfSatisfying(
            NameTakenException.class,
            e -> {
              Entry existing = Objects.requireNonNull(e.existing());
              assertThat(Objects.requireNonNull(existing.remote()).id()).isEqualTo(id);
              assertThat(existing.size()).isEqualTo(2);
            });
    assertThat(files(emu.server.requests().entries()))
        .extracting(e -> e.method() + " " + e.status())
        .containsExactly("PUT 409", "GET 200");
  }

  @Test
  void the2026ConflictBodyNamesTheExistingFileSoNoListingIsNeeded() throws Exception {
    emu.server.putFile(node, "x.txt", new byte[] {1, 2});
    emu.storage().list(node);
    emu.server.requests().clear();

    assertThatThrownBy(
            () -> emu.storage().upload(node, null, "x.txt", Bytes.of("new"), TransferListener.NONE))
        .isInstanceOf(NameTakenException.class);
    assertThat(files(emu.server.requests().entries()))
        .extracting(e -> e.method() + " " + e.status())
        .containsExactly("PUT 409");
  }

  @Test
  void uploadOntoAnExistingNameIsNameTakenWithTheExistingEntry() throws Exception {
    emu.server.putFile(node, "x.txt", new byte[] {1, 2});

    assertThatThrownBy(
            () -> emu.storage().upload(node, null, "x.txt", Bytes.of("new"), TransferListener.NONE))
        .isInstanceOfSatisfying(
            NameTakenException.class,
            e -> {
              Entry existing = Objects.requireNonNull(e.existing());
              assertThat(existing.path()).isEqualTo(RelPath.of("x.txt"));
              assertThat(Objects.requireNonNull(existing.remote()).id())
                  .isEqualTo(emu.server.fileId(node, "x.txt").orElseThrow());
              assertThat(existing.size()).isEqualTo(2);
            });
    assertThat(emu.server.readFile(node, "x.txt"))
        .hasValueSatisfying(b -> assertThat(b).hasSize(2));
  }

  @Test
  void fileOverTheSizeLimitIsNotSent() {
    HttpRemoteStorage storage =
        emu.storage(emu.config().toBuilder().maxFileBytes(4).build(), Emulator.TOKEN);

    assertThatThrownBy(
            () -> storage.upload(node, null, "big", Bytes.of("12345"), TransferListener.NONE))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("limit");
    assertThat(emu.server.requests().count("PUT", ".*")).isZero();
  }

  @Test
  void quotaExceededNamesTheProject() {
    restart(FakeOsfServer.builder().quotaBytes(3));

    assertThatThrownBy(
            () -> emu.storage().upload(node, null, "f", Bytes.of("12345"), TransferListener.NONE))
        .isInstanceOf(QuotaExceededException.class)
        .hasMessageContaining(node);
  }

  @Test
  void updateStoresANewVersionThroughTheFilesOwnUrl() throws Exception {
    String id = emu.server.putFile(node, "v.txt", new byte[] {1});
    Entry old = emu.storage().list(node).get(RelPath.of("v.txt")).orElseThrow();

    Entry updated = emu.storage().update(node, old, Bytes.of("two"), TransferListener.NONE);

    assertThat(updated.remote()).isEqualTo(new RemoteRef(id, 2));
    assertThat(emu.server.versionCount(id)).isEqualTo(2);
    RequestLog.Entry put = only("PUT");
    assertThat(put.path()).isEqualTo("/v1/resources/" + node + "/providers/osfstorage/" + id);
    assertThat(put.query()).isEqualTo("kind=file");
  }

  @Test
  void downloadStreamsAndVerifies() throws Exception {
    byte[] data = random(300_000);
    emu.server.putFile(node, "d.bin", data);
    Entry file = emu.storage().list(node).get(RelPath.of("d.bin")).orElseThrow();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AtomicLong reported = new AtomicLong();

    emu.storage().download(node, file, out, reported::addAndGet);

    assertThat(out.toByteArray()).isEqualTo(data);
    assertThat(reported.get()).isEqualTo(data.length);
  }

  @Test
  void uploadOfManyChunksArrivesWholeAndReportsEveryByte() throws Exception {
    byte[] data = random(3 * ContentPublisher.CHUNK + 12_345);
    AtomicLong reported = new AtomicLong();

    Entry entry = emu.storage().upload(node, null, "big.bin", new Bytes(data), reported::addAndGet);

    assertThat(entry.size()).isEqualTo(data.length);
    assertThat(emu.server.readFile(node, "big.bin"))
        .hasValueSatisfying(b -> assertThat(b).isEqualTo(data));
    assertThat(only("PUT").header("Content-Length")).isEqualTo(String.valueOf(data.length));
    assertThat(reported.get()).isEqualTo(data.length);
  }

  @Test
  void localContentShorterThanAnnouncedFailsTheUploadAndStoresNothing() {
    Content liar =
        new Content() {
          @Override
          public long size() {
            return 10;
          }

          @Override
          public InputStream open() {
            return new ByteArrayInputStream(new byte[] {1, 2, 3});
          }
        };

    assertThatThrownBy(() -> emu.storage().upload(node, null, "short", liar, TransferListener.NONE))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("ended after 3 of the 10 bytes");
    assertThat(emu.server.readFile(node, "short")).isEmpty();
  }

  @Test
  void downloadOfAnEntryWithOnlyAnMd5IsVerifiedByTheMd5() throws Exception {
    byte[] data = random(300_000);
    emu.server.putFile(node, "m.bin", data);
    Entry real = emu.storage().list(node).get(RelPath.of("m.bin")).orElseThrow();
    Entry md5Only = withHashes(real, real.md5(), null);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    emu.storage().download(node, md5Only, out, TransferListener.NONE);

    assertThat(out.toByteArray()).isEqualTo(data);
  }

  @Test
  void downloadWhoseMd5DiffersIsRejectedWhenThereIsNoSha256() throws Exception {
    emu.server.putFile(node, "m.bin", new byte[] {1, 2, 3});
    Entry real = emu.storage().list(node).get(RelPath.of("m.bin")).orElseThrow();
    Entry wrong = withHashes(real, "0".repeat(32), null);

    assertThatThrownBy(
            () ->
                emu.storage()
                    .download(node, wrong, new ByteArrayOutputStream(), TransferListener.NONE))
        .isInstanceOf(IntegrityException.class);
  }

  /** A stream whose caller hashes the bytes itself, as the sync's pending files do. */
  private static final class SinkStream extends ByteArrayOutputStream implements HashingSink {}

  @Test
  void downloadIntoAHashingSinkLeavesTheHashToItsCallerButStillChecksTheSize() throws Exception {
    emu.server.putFile(node, "h.bin", new byte[] {1, 2, 3});
    Entry real = emu.storage().list(node).get(RelPath.of("h.bin")).orElseThrow();
    Entry wrongHash = withHashes(real, "0".repeat(32), "0".repeat(64));
    SinkStream sink = new SinkStream();

    emu.storage().download(node, wrongHash, sink, TransferListener.NONE);

    assertThat(sink.toByteArray()).containsExactly(1, 2, 3);
    assertThatThrownBy(
            () ->
                emu.storage()
                    .download(node, wrongHash, new ByteArrayOutputStream(), TransferListener.NONE))
        .isInstanceOf(IntegrityException.class);
  }

  @Test
  void downloadIsVerifiedBySha256AloneWhenBothAreListed() throws Exception {
    emu.server.putFile(node, "s.bin", new byte[] {1, 2, 3});
    Entry real = emu.storage().list(node).get(RelPath.of("s.bin")).orElseThrow();
    Entry staleMd5 = withHashes(real, "0".repeat(32), real.sha256());
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    emu.storage().download(node, staleMd5, out, TransferListener.NONE);

    assertThat(out.toByteArray()).containsExactly(1, 2, 3);
  }

  @Test
  void downloadOfMoreBytesThanListedIsRejected() throws Exception {
    emu.server.putFile(node, "l.bin", new byte[] {1, 2, 3});
    Entry real = emu.storage().list(node).get(RelPath.of("l.bin")).orElseThrow();
    Entry shorter = new Entry(real.path(), real.kind(), 2, null, null, real.remote(), null, null);

    assertThatThrownBy(
            () ->
                emu.storage()
                    .download(node, shorter, new ByteArrayOutputStream(), TransferListener.NONE))
        .isInstanceOf(IntegrityException.class)
        .hasMessageContaining("more bytes");
  }

  @Test
  void downloadResumesWithRangeAfterAResetMidBody() throws Exception {
    assertResumes(Fault.resetMidBody());
  }

  @Test
  void downloadResumesWithRangeAfterATruncatedBody() throws Exception {
    assertResumes(Fault.truncatedBody());
  }

  private void assertResumes(Fault fault) throws Exception {
    byte[] data = random(1_000_000);
    String id = emu.server.putFile(node, "big.bin", data);
    Entry file = emu.storage().list(node).get(RelPath.of("big.bin")).orElseThrow();
    emu.server.faults().add(fault.onMethod("GET").onPathContaining(id).times(1));
    emu.server.requests().clear();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AtomicLong reported = new AtomicLong();

    emu.storage().download(node, file, out, reported::addAndGet);

    assertThat(out.toByteArray()).isEqualTo(data);
    assertThat(reported.get()).isEqualTo(data.length);
    List<RequestLog.Entry> gets = files(emu.server.requests().entries());
    assertThat(gets).hasSize(2);
    assertThat(gets.get(0).header("Range")).isNull();
    assertThat(gets.get(1).header("Range")).matches("bytes=[1-9][0-9]*-");
    assertThat(gets.get(1).status()).isEqualTo(206);
  }

  @Test
  void corruptedDownloadIsRejected() throws Exception {
    emu.server.putFile(node, "c.txt", new byte[] {1, 2, 3});
    Entry real = emu.storage().list(node).get(RelPath.of("c.txt")).orElseThrow();
    Entry wrong =
        new Entry(real.path(), real.kind(), 3, null, "00".repeat(32), real.remote(), null, null);

    assertThatThrownBy(
            () ->
                emu.storage()
                    .download(node, wrong, new ByteArrayOutputStream(), TransferListener.NONE))
        .isInstanceOf(IntegrityException.class);
  }

  @Test
  void redirectToAnotherHostDropsTheAuthorizationHeader() throws Exception {
    // The project's files host is region de1's port; its downloads redirect to the signed-URL
    // host (the API's port here, standing in for cloud storage): another origin.
    try (Emulator regional = Emulator.start(FakeOsfServer.builder().region("de1"))) {
      regional.server.faults().redirectDownloads(true);
      String project = regional.server.createProject("p", "de1");
      regional.server.putFile(project, "r.txt", new byte[] {7, 7});
      HttpRemoteStorage storage = regional.storage();
      Entry file = storage.list(project).get(RelPath.of("r.txt")).orElseThrow();
      regional.server.requests().clear();
      ByteArrayOutputStream out = new ByteArrayOutputStream();

      storage.download(project, file, out, TransferListener.NONE);

      assertThat(out.toByteArray()).containsExactly(7, 7);
      List<RequestLog.Entry> requests = regional.server.requests().entries();
      assertThat(requests).hasSize(2);
      assertThat(requests.get(0).status()).isEqualTo(302);
      assertThat(requests.get(0).port()).isEqualTo(regional.server.port("de1"));
      assertThat(requests.get(0).header("Authorization")).isEqualTo("Bearer " + Emulator.TOKEN);
      assertThat(requests.get(1).port()).isEqualTo(regional.server.port());
      assertThat(requests.get(1).header("Authorization")).isNull();
    }
  }

  @Test
  void redirectOnTheSameHostKeepsTheAuthorizationHeader() throws Exception {
    emu.server.faults().redirectDownloads(true);
    emu.server.putFile(node, "r.txt", new byte[] {7});
    Entry file = emu.storage().list(node).get(RelPath.of("r.txt")).orElseThrow();
    emu.server.requests().clear();

    emu.storage().download(node, file, new ByteArrayOutputStream(), TransferListener.NONE);

    assertThat(emu.server.requests().entries().get(1).header("Authorization")).isNotNull();
  }

  @Test
  void uploadWhoseResponseIsLostIsCheckedBeforeRepeating() throws Exception {
    emu.server.faults().add(Fault.resetBeforeBody().onMethod("PUT").times(1));
    Bytes content = Bytes.of("once");

    Entry entry = emu.storage().upload(node, null, "once.txt", content, TransferListener.NONE);

    assertThat(entry.size()).isEqualTo(4);
    assertThat(emu.server.readFile(node, "once.txt")).isPresent();
    assertThat(emu.server.requests().count("GET", "/v1/resources/[^/]+/providers/osfstorage/"))
        .isEqualTo(1);
  }

  @Test
  void uploadThatFailedWithAServerErrorIsRepeatedOnlyAfterAListing() throws Exception {
    emu.server.faults().add(Fault.status(500).onMethod("PUT").times(1));

    Entry entry = emu.storage().upload(node, null, "f.txt", Bytes.of("abc"), TransferListener.NONE);

    assertThat(entry.size()).isEqualTo(3);
    List<String> calls =
        files(emu.server.requests().entries()).stream()
            .map(e -> e.method() + " " + e.status())
            .toList();
    assertThat(calls).containsExactly("PUT 500", "GET 200", "PUT 201");
  }

  @Test
  void mkdirOfAnExistingFolderIsNameTaken() throws Exception {
    String id = emu.server.createFolder(node, "d");

    assertThatThrownBy(() -> emu.storage().mkdir(node, null, "d"))
        .isInstanceOfSatisfying(
            NameTakenException.class,
            e ->
                assertThat(
                        Objects.requireNonNull(Objects.requireNonNull(e.existing()).remote()).id())
                    .isEqualTo(id));
  }

  @Test
  void deleteRemovesFilesAndFolders() throws Exception {
    emu.server.putFile(node, "d/x.txt", new byte[] {1});
    emu.server.putFile(node, "y.txt", new byte[] {1});
    var snapshot = emu.storage().list(node);

    emu.storage().delete(node, snapshot.get(RelPath.of("d")).orElseThrow());
    emu.storage().delete(node, snapshot.get(RelPath.of("y.txt")).orElseThrow());

    assertThat(emu.storage().list(node).isEmpty()).isTrue();
    assertThat(emu.server.requests().count("DELETE", ".*")).isEqualTo(2);
  }

  @Test
  void deleteRepeatedAfterALostResponseSucceeds() throws Exception {
    emu.server.putFile(node, "y.txt", new byte[] {1});
    Entry file = emu.storage().list(node).get(RelPath.of("y.txt")).orElseThrow();
    emu.server.faults().add(Fault.resetBeforeBody().onMethod("DELETE").times(1));

    emu.storage().delete(node, file);

    assertThat(emu.server.readFile(node, "y.txt")).isEmpty();
  }

  @Test
  void moveAndRenameKeepTheIdAndSendConflictWarn() throws Exception {
    String id = emu.server.putFile(node, "a.txt", new byte[] {1});
    var snapshot = emu.storage().list(node);
    Entry folder = emu.storage().mkdir(node, null, "d");

    Entry moved =
        emu.storage().move(node, snapshot.get(RelPath.of("a.txt")).orElseThrow(), folder, "b.txt");

    assertThat(moved.path()).isEqualTo(RelPath.of("d/b.txt"));
    assertThat(Objects.requireNonNull(moved.remote()).id()).isEqualTo(id);
    assertThat(emu.server.readFile(node, "d/b.txt")).isPresent();
    assertThat(only("POST").path()).endsWith("/osfstorage/" + id);
  }

  @Test
  void moveOntoAnExistingNameIsNameTaken() throws Exception {
    emu.server.putFile(node, "a.txt", new byte[] {1});
    emu.server.putFile(node, "b.txt", new byte[] {2});
    Entry a = emu.storage().list(node).get(RelPath.of("a.txt")).orElseThrow();

    assertThatThrownBy(() -> emu.storage().move(node, a, null, "b.txt"))
        .isInstanceOf(NameTakenException.class);
    assertThat(emu.server.readFile(node, "b.txt"))
        .hasValueSatisfying(b -> assertThat(b).containsExactly(2));
  }

  private RequestLog.Entry only(String method) {
    List<RequestLog.Entry> matching =
        emu.server.requests().entries().stream().filter(e -> e.method().equals(method)).toList();
    assertThat(matching).hasSize(1);
    return matching.get(0);
  }

  private void restart(FakeOsfServer.Builder builder) {
    emu.close();
    emu = Emulator.start(builder);
    node = emu.server.createProject("P");
  }

  private static Entry withHashes(Entry e, @Nullable String md5, @Nullable String sha256) {
    return new Entry(e.path(), e.kind(), e.size(), md5, sha256, e.remote(), null, null);
  }

  private static byte[] random(int n) {
    byte[] data = new byte[n];
    new Random(42).nextBytes(data);
    return data;
  }

  /** The WaterButler requests (without the API's lookup of the project's storage region). */
  private static List<RequestLog.Entry> files(List<RequestLog.Entry> entries) {
    return entries.stream().filter(e -> e.path().startsWith("/v1/")).toList();
  }
}
