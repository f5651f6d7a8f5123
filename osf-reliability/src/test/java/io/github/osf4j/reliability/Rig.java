package io.github.osf4j.reliability;

import io.github.osf4j.core.AccessToken;
import io.github.osf4j.core.LocalFilesFactory;
import io.github.osf4j.core.ProjectConfig;
import io.github.osf4j.core.ProjectStore;
import io.github.osf4j.core.RemoteStorage;
import io.github.osf4j.core.SessionToken;
import io.github.osf4j.core.TokenStore;
import io.github.osf4j.core.local.NioLocalFiles;
import io.github.osf4j.core.sync.Project;
import io.github.osf4j.core.sync.Session;
import io.github.osf4j.http.OsfHttp;
import io.github.osf4j.http.OsfHttpConfig;
import io.github.osf4j.store.json.JsonStores;
import io.github.osf4j.store.json.TokenStoreConfig;
import io.github.osf4j.testkit.FakeOsfServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The real stack over the emulator: HttpRemoteStorage, NioLocalFiles on a temporary folder, the
 * JSON project and token stores, driven through Session and Project.
 */
final class Rig implements AutoCloseable {
  /** A sentinel token: it must never show up in any output, file or message. */
  static final String TOKEN = "s3ntinelRELIABILITYq8Zx4Kp2Lw7vTn";

  final FakeOsfServer server;
  final String projectId;
  final Path home;
  final Path root;
  final Path meta;
  final Path projectFile;
  final Path configDir;

  /** The token {@link #remote}, the test's own view of the server, sends. */
  final SessionToken token = new SessionToken();

  final RemoteStorage remote;
  final TokenStore tokens;
  final ProjectStore store;
  final Session session;

  private Rig(Path home, long seed, @Nullable Path localRoot) throws IOException {
    this.home = home;
    this.server = FakeOsfServer.builder().token(TOKEN).seed(seed).start();
    this.projectId = server.createProject("Reliability");
    this.root = Files.createDirectories(localRoot != null ? localRoot : home.resolve("root"));
    this.meta = Files.createDirectories(home.resolve("meta"));
    this.projectFile = meta.resolve("p.osf4j.json");
    this.configDir = Files.createDirectories(home.resolve("config"));
    this.token.set(new AccessToken(TOKEN));
    this.remote = OsfHttp.remoteStorage(httpConfig(server), token);
    this.tokens = JsonStores.tokenStore(new TokenStoreConfig(configDir, List.of()));
    this.store = JsonStores.projectStore(projectFile);
    Path rootPath = root;
    LocalFilesFactory locals = c -> new NioLocalFiles(rootPath, c.ignore(), 2);
    this.session =
        Session.builder(OsfHttp.connector(httpConfig(server)), tokens)
            .server(httpConfig(server).server())
            .localFiles(locals)
            .build();
  }

  static Rig start(Path home, long seed) throws IOException {
    return new Rig(home, seed, null);
  }

  /** A rig whose local root is {@code localRoot}, on any file system (e.g. Jimfs). */
  static Rig start(Path home, long seed, Path localRoot) throws IOException {
    return new Rig(home, seed, localRoot);
  }

  /**
   * Fast retries (the emulator answers at once), enough attempts to outlast 5 % faults, and no
   * daily rate limit (the suites send far more than OSF's 10,000 requests a day would allow fast).
   */
  static OsfHttpConfig httpConfig(FakeOsfServer server) {
    return OsfHttpConfig.builder()
        .urls(URI.create(server.apiUrl()), URI.create(server.filesUrl()))
        .environment(Map.of())
        .concurrency(8)
        .timeouts(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(10))
        .retries(8, Duration.ofMillis(5), Duration.ofMillis(50))
        .maxWait(Duration.ofSeconds(5))
        .build();
  }

  ProjectConfig config() {
    return new ProjectConfig(
        server.apiUrl(),
        server.filesUrl(),
        projectId,
        "Reliability",
        server.userId(),
        "",
        root.toAbsolutePath().toString(),
        List.of());
  }

  /** Logs in with the sentinel token and writes the project file (empty index). */
  Project create() throws IOException {
    session.login(new AccessToken(TOKEN));
    return session.createProject(store, config());
  }

  Project open() throws IOException {
    return session.openProject(store);
  }

  @Override
  public void close() {
    server.close();
  }
}
