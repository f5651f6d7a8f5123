package io.github.osf4j.bench;

import io.github.osf4j.core.AccessToken;
import io.github.osf4j.core.RemoteStorage;
import io.github.osf4j.core.TokenSource;
import io.github.osf4j.http.OsfHttp;
import io.github.osf4j.http.OsfHttpConfig;
import io.github.osf4j.testkit.FakeOsfServer;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.SplittableRandom;

/** The emulator a bench talks to, with a random token, unlimited quota and one project. */
final class Emulator implements AutoCloseable {
  /** The shared request limit osf4j uses (the adapter's default). */
  static final int CONCURRENCY = 8;

  private final FakeOsfServer server;
  private final String token;
  private final String projectId;

  Emulator(Path dataDir) {
    byte[] secret = new byte[16];
    new SecureRandom().nextBytes(secret);
    this.token = "bench" + HexFormat.of().formatHex(secret);
    this.server =
        FakeOsfServer.builder()
            .token(token)
            .dataDir(dataDir)
            .quotaBytes(Long.MAX_VALUE / 4)
            .maxFileBytes(Long.MAX_VALUE / 4)
            .start();
    this.projectId = server.createProject("osf4j bench");
  }

  FakeOsfServer server() {
    return server;
  }

  String token() {
    return token;
  }

  String projectId() {
    return projectId;
  }

  /** The adapter's configuration for this emulator: the command's defaults, other URLs only. */
  static OsfHttpConfig config(String apiUrl, String filesUrl) {
    return OsfHttpConfig.builder().urls(URI.create(apiUrl), URI.create(filesUrl)).build();
  }

  RemoteStorage remote() {
    return OsfHttp.remoteStorage(
        config(server.apiUrl(), server.filesUrl()), TokenSource.of(new AccessToken(token)));
  }

  /** Puts the folders and files of {@code tree} into the project. */
  void populate(Tree tree) {
    for (String folder : tree.folders()) {
      server.createFolder(projectId, folder);
    }
    SplittableRandom random = new SplittableRandom(4);
    for (String file : tree.filePaths()) {
      server.putFile(projectId, file, Tree.content(tree.fileBytes(), random));
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
