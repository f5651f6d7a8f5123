package io.github.osf4j.core.sync;

import static io.github.osf4j.testkit.fakes.InMemoryRemoteStorage.SERVER;

import io.github.osf4j.core.AccessToken;
import io.github.osf4j.core.Content;
import io.github.osf4j.core.Plan;
import io.github.osf4j.core.ProjectConfig;
import io.github.osf4j.core.ProjectInfo;
import io.github.osf4j.core.ProjectState;
import io.github.osf4j.core.SessionToken;
import io.github.osf4j.core.Snapshot;
import io.github.osf4j.core.SyncReport;
import io.github.osf4j.core.UserInfo;
import io.github.osf4j.testkit.fakes.InMemoryLocalFiles;
import io.github.osf4j.testkit.fakes.InMemoryProjectStore;
import io.github.osf4j.testkit.fakes.InMemoryRemoteStorage;
import io.github.osf4j.testkit.fakes.InMemoryTokenStore;
import io.github.osf4j.testkit.fakes.MutableClock;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A user, an OSF project, a local folder and a project file, all in memory. */
final class ProjectWorld {
  static final String P = "p1";
  static final ProjectConfig CONFIG =
      new ProjectConfig(
          SERVER.apiUrl(),
          SERVER.filesUrl(),
          P,
          "Engine",
          "u1",
          "ada@example.org",
          "/data/engine",
          List.of());

  final MutableClock clock = new MutableClock();
  final SessionToken token = new SessionToken();
  final InMemoryRemoteStorage remote = new InMemoryRemoteStorage(token);
  final InMemoryTokenStore tokens = new InMemoryTokenStore();
  final InMemoryLocalFiles local = new InMemoryLocalFiles();
  final InMemoryProjectStore store =
      new InMemoryProjectStore(new ProjectState(CONFIG, Snapshot.empty()));

  ProjectWorld() {
    remote.addUser(new UserInfo("u1", "Ada", "ada@example.org"), "pw", null);
    AccessToken pat = new AccessToken("pat-1");
    remote.addToken("u1", pat);
    remote.addProject(new ProjectInfo(P, "Engine", null, false), "u1");
    tokens.put(SERVER, "u1", "ada@example.org", pat);
  }

  /** A new session, as a new run of the program would make. */
  Session session() {
    return Session.builder(remote.connector(), tokens)
        .server(SERVER)
        .localFiles(config -> local)
        .clock(clock)
        .build();
  }

  Project open() throws IOException {
    return session().openProject(store);
  }

  /** Opens, analyzes, applies and closes, like one run of {@code osf sync}. */
  SyncReport sync() throws IOException {
    try (Project project = open()) {
      project.analyze();
      return project.apply();
    }
  }

  /** The plan a new run would make now. */
  Plan plan() throws IOException {
    try (Project project = open()) {
      return project.analyze();
    }
  }

  /** Upload content of {@code text} in UTF-8. */
  static Content text(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return new Content() {
      @Override
      public long size() {
        return bytes.length;
      }

      @Override
      public InputStream open() {
        return new ByteArrayInputStream(bytes);
      }
    };
  }
}
