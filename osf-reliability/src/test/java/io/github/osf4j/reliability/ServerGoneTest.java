package io.github.osf4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osf4j.core.AccessToken;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.ProjectConfig;
import io.github.osf4j.core.SessionToken;
import io.github.osf4j.core.Snapshot;
import io.github.osf4j.core.local.NioLocalFiles;
import io.github.osf4j.core.sync.Session;
import io.github.osf4j.http.OsfHttp;
import io.github.osf4j.http.OsfHttpConfig;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server goes away in the middle of a 300-file upload (the proxy in front of the emulator is
 * cut): the real {@code osf4j sync} stops within 30 s with one line naming host and port and exit
 * 5, the finished files are recorded, and once the server is back the next sync converges.
 */
final class ServerGoneTest {
  private static final int FILES = 300;

  @Test
  void aServerThatGoesAwayStopsTheSyncWithOneLineAndExit5(@TempDir Path home) throws IOException {
    try (Rig rig = Rig.start(home, 71)) {
      String emulator = "http://127.0.0.1:" + rig.server.port();
      Interposer proxy = new Interposer("127.0.0.1", 0, emulator, (m, p) -> null, s -> s);
      int port = Integer.parseInt(proxy.base().substring(proxy.base().lastIndexOf(':') + 1));
      Map<String, byte[]> expected = writeFiles(rig.root);
      createThroughProxy(rig, proxy.base());
      rig.token.set(new AccessToken(Rig.TOKEN));
      int before = rig.server.requests().count();
      CliChild sync = CliChild.sync(rig);
      assertThat(sync.awaitWhileAlive(() -> rig.server.requests().count() - before >= 120))
          .as("the sync is uploading")
          .isTrue();

      proxy.close();
      long cut = System.nanoTime();

      assertThat(sync.endsWithin(30)).as("ends within 30 s: %s", sync.output()).isTrue();
      long stoppedMillis = (System.nanoTime() - cut) / 1_000_000;
      assertThat(sync.exitCode()).as(sync.output()).isEqualTo(5);
      String hostPort = "127.0.0.1:" + port;
      assertThat(sync.lines("osf4j:")).as(sync.output()).hasSize(1);
      assertThat(sync.lines("osf4j:").get(0))
          .contains("cannot reach the server " + hostPort)
          .contains("changes done and recorded");
      Snapshot index = rig.store.load().base();
      long recorded = index.entries().values().stream().filter(Entry::isFile).count();
      assertThat(recorded).as("files recorded before the server went away").isPositive();
      Map<String, Entry> onServer = Trees.remoteFiles(rig.remote, rig.projectId);
      index.entries().values().stream()
          .filter(Entry::isFile)
          .forEach(e -> assertThat(onServer).containsKey(e.path().value()));
      assertThat(InterruptTest.lockFiles(rig)).isEmpty();
      Figures.record(
          "server-gone",
          "files="
              + FILES
              + " recordedBeforeTheCut="
              + recorded
              + " exit=5 summaryLines=1 msFromCutToExit="
              + stoppedMillis);

      try (Interposer back = new Interposer("127.0.0.1", port, emulator, (m, p) -> null, s -> s)) {
        CliChild again = CliChild.sync(rig);
        assertThat(again.exitCode()).as(again.output()).isZero();
      }
      assertThat(Trees.remoteFiles(rig.remote, rig.projectId)).hasSize(FILES);
      for (Map.Entry<String, byte[]> e : expected.entrySet()) {
        assertThat(rig.server.readFile(rig.projectId, e.getKey()))
            .hasValueSatisfying(b -> assertThat(b).isEqualTo(e.getValue()));
      }
    }
  }

  private static Map<String, byte[]> writeFiles(Path root) throws IOException {
    Random random = new Random(71);
    Map<String, byte[]> files = new TreeMap<>();
    for (int i = 0; i < FILES; i++) {
      String path = "d" + (i % 7) + "/f" + i + ".dat";
      byte[] content = new byte[500 + random.nextInt(4000)];
      random.nextBytes(content);
      files.put(path, content);
      Path file = root.resolve(path);
      Files.createDirectories(file.getParent());
      Files.write(file, content);
    }
    return files;
  }

  /** Logs in and writes the project file with the proxy's URLs, as init would. */
  private static void createThroughProxy(Rig rig, String base) throws IOException {
    URI api = URI.create(base + "/v2/");
    URI files = URI.create(base + "/v1/");
    OsfHttpConfig config = Rig.httpConfig(rig.server).toBuilder().urls(api, files).build();
    SessionToken token = new SessionToken();
    Path root = rig.root;
    Session session =
        Session.builder(OsfHttp.connector(config), rig.tokens)
            .server(config.server())
            .localFiles(c -> new NioLocalFiles(root, c.ignore(), 2))
            .build();
    session.login(new AccessToken(Rig.TOKEN));
    ProjectConfig c =
        new ProjectConfig(
            api.toString(),
            files.toString(),
            rig.projectId,
            "Reliability",
            rig.server.userId(),
            "",
            root.toAbsolutePath().toString(),
            List.of());
    session.createProject(rig.store, c).close();
  }
}
