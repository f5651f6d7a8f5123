package io.github.osf4j.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.ServerException;
import io.github.osf4j.core.Snapshot;
import io.github.osf4j.core.TransferListener;
import io.github.osf4j.testkit.FakeOsfServer;
import io.github.osf4j.testkit.RequestLog;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A project's files go to its storage region's host, which must belong to the same OSF. */
final class RegionsTest {
  private final Emulator emu = Emulator.start(FakeOsfServer.builder().region("de1"));
  private final String node = emu.server.createProject("Regional", "de1");

  @AfterEach
  void stop() {
    emu.close();
  }

  @Test
  void everyFileRequestOfAProjectInAnotherRegionGoesToThatRegionsHost() throws Exception {
    emu.server.putFile(node, "old/a.txt", "a".getBytes(UTF_8));
    HttpRemoteStorage storage = emu.storage();

    Snapshot listed = storage.list(node);
    Entry a = listed.get(RelPath.of("old/a.txt")).orElseThrow();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    storage.download(node, a, out, TransferListener.NONE);
    Entry folder = storage.mkdir(node, null, "new");
    Entry b = storage.upload(node, folder, "b.txt", Bytes.of("bb"), TransferListener.NONE);
    storage.update(node, b, Bytes.of("bbb"), TransferListener.NONE);
    Entry moved = storage.move(node, a, folder, "a2.txt");
    storage.delete(node, listed.get(RelPath.of("old")).orElseThrow());

    assertThat(out.toString(UTF_8)).isEqualTo("a");
    assertThat(moved.path()).isEqualTo(RelPath.of("new/a2.txt"));
    assertThat(emu.server.readFile(node, "new/b.txt")).hasValue("bbb".getBytes(UTF_8));
    assertThat(storage.filesUrl(node)).isEqualTo(emu.server.filesUrl("de1"));
    List<RequestLog.Entry> requests = emu.server.requests().entries();
    int de1 = emu.server.port("de1");
    assertThat(requests.stream().filter(e -> e.path().startsWith("/v1/")))
        .hasSizeGreaterThanOrEqualTo(7)
        .allSatisfy(e -> assertThat(e.port()).isEqualTo(de1));
    assertThat(requests.stream().filter(e -> e.port() != de1))
        .extracting(RequestLog.Entry::path)
        .containsExactly("/v2/nodes/" + node + "/files/");
  }

  @Test
  void aProjectInTheDefaultRegionUsesTheSharedHost() throws Exception {
    String us = emu.server.createProject("Home");
    emu.server.putFile(us, "x.txt", new byte[] {1});

    assertThat(emu.storage().list(us).fileCount()).isEqualTo(1);
    assertThat(emu.server.requests().countOnPort(emu.server.port("de1"))).isZero();
    assertThat(emu.server.regionOf(us)).isEqualTo("us");
  }

  @Test
  void aForeignFilesHostIsRefusedAndNothingIsSentThere() throws Exception {
    List<String> seen = new CopyOnWriteArrayList<>();
    HttpServer api =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    api.createContext(
        "/",
        exchange -> {
          seen.add(exchange.getRequestURI().getPath());
          byte[] body =
              ("{\"data\":[{\"id\":\"abc12:osfstorage\",\"type\":\"files\",\"attributes\":"
                      + "{\"kind\":\"folder\",\"name\":\"osfstorage\",\"path\":\"/\","
                      + "\"node\":\"abc12\",\"provider\":\"osfstorage\"},\"links\":{\"upload\":"
                      + "\"https://files.evil.example/v1/resources/abc12/providers/osfstorage/\"}}],"
                      + "\"links\":{\"next\":null},\"meta\":{\"total\":1}}")
                  .getBytes(UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/vnd.api+json");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream o = exchange.getResponseBody()) {
            o.write(body);
          }
        });
    api.start();
    try {
      String base = "http://127.0.0.1:" + api.getAddress().getPort();
      OsfHttpConfig config =
          emu.config().toBuilder()
              .urls(URI.create(base + "/v2/"), URI.create(base + "/v1/"))
              .build();
      HttpRemoteStorage storage = emu.storage(config, Emulator.TOKEN);

      assertThatThrownBy(() -> storage.list("abc12"))
          .isInstanceOf(ServerException.class)
          .hasMessageStartingWith("refused to send the token to https://files.evil.example")
          .hasMessageContaining("project abc12")
          .hasMessageNotContaining(Emulator.TOKEN);
      assertThat(seen).containsExactly("/v2/nodes/abc12/files/");
    } finally {
      api.stop(0);
    }
  }

  @Test
  void theHostTrustRule() {
    FilesHostTrust osf =
        new FilesHostTrust(
            URI.create("https://api.osf.io/v2/"), URI.create("https://files.osf.io/v1/"));
    assertThat(osf.problem(URI.create("https://files.de1.osf.io/v1/"))).isNull();
    assertThat(osf.problem(URI.create("https://files.us.osf.io/v1/"))).isNull();
    assertThat(osf.problem(URI.create("https://files.osf.io:8443/v1/"))).isNull();
    assertThat(osf.problem(URI.create("https://files.evil.example/v1/"))).isNotNull();
    assertThat(osf.problem(URI.create("https://files.osf.io.evil.example/v1/"))).isNotNull();
    assertThat(osf.problem(URI.create("https://evilosf.io/v1/"))).isNotNull();
    assertThat(osf.problem(URI.create("http://files.de1.osf.io/v1/"))).contains("https");
    assertThat(osf.problem(URI.create("https://me:pw@files.de1.osf.io/v1/"))).isNotNull();
    assertThat(osf.problem(URI.create("https://127.0.0.1/v1/"))).isNotNull();
    assertThat(osf.problem(URI.create("/v1/"))).isNotNull();

    FilesHostTrust test =
        new FilesHostTrust(
            URI.create("https://api.test.osf.io/v2/"), URI.create("https://files.test.osf.io/v1/"));
    assertThat(test.problem(URI.create("https://files.us.test.osf.io/v1/"))).isNull();
    assertThat(test.problem(URI.create("https://files.de1.osf.io/v1/"))).isNotNull();

    FilesHostTrust local =
        new FilesHostTrust(
            URI.create("http://127.0.0.1:8000/v2/"), URI.create("http://127.0.0.1:8000/v1/"));
    assertThat(local.problem(URI.create("http://127.0.0.1:9001/v1/"))).isNull();
    assertThat(local.problem(URI.create("http://localhost:9001/v1/"))).isNull();
    assertThat(local.problem(URI.create("http://files.osf.io/v1/"))).isNotNull();

    FilesHostTrust bare =
        new FilesHostTrust(
            URI.create("https://osf.example/v2/"), URI.create("https://osf.example/v1/"));
    assertThat(bare.problem(URI.create("https://files.example/v1/"))).isNotNull();
    assertThat(bare.problem(URI.create("https://osf.example:444/v1/"))).isNull();
  }

  @Test
  void theBaseIsTakenFromTheUploadLinkOnlyInItsKnownShape() {
    assertThat(
            StorageRegions.baseOf(
                "https://files.de1.osf.io/v1/resources/abc12/providers/osfstorage/", "abc12"))
        .isEqualTo(URI.create("https://files.de1.osf.io/v1/"));
    assertThat(StorageRegions.baseOf("https://files.de1.osf.io/v1/other/", "abc12")).isNull();
    assertThat(
            StorageRegions.baseOf(
                "https://files.de1.osf.io/v1/resources/zzzzz/providers/osfstorage/", "abc12"))
        .isNull();
    assertThat(StorageRegions.baseOf("not a url", "abc12")).isNull();
  }
}
