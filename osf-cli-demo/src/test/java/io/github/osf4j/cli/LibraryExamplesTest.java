package io.github.osf4j.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.osf4j.core.AccessToken;
import io.github.osf4j.core.OsfServer;
import io.github.osf4j.core.Plan;
import io.github.osf4j.core.ProjectConfig;
import io.github.osf4j.core.ProjectInfo;
import io.github.osf4j.core.ProjectState;
import io.github.osf4j.core.ProjectStore;
import io.github.osf4j.core.RemoteStorage;
import io.github.osf4j.core.SessionToken;
import io.github.osf4j.core.Snapshot;
import io.github.osf4j.core.SyncReport;
import io.github.osf4j.core.local.NioLocalFiles;
import io.github.osf4j.core.plan.Planner;
import io.github.osf4j.core.sync.Project;
import io.github.osf4j.core.sync.Session;
import io.github.osf4j.http.OsfHttp;
import io.github.osf4j.http.OsfHttpConfig;
import io.github.osf4j.store.json.JsonStores;
import io.github.osf4j.store.json.TokenStoreConfig;
import io.github.osf4j.testkit.FakeOsfServer;
import io.github.osf4j.testkit.Fault;
import io.github.osf4j.testkit.fakes.InMemoryLocalFiles;
import io.github.osf4j.testkit.fakes.InMemoryProjectStore;
import io.github.osf4j.testkit.fakes.InMemoryRemoteStorage;
import io.github.osf4j.testkit.fakes.InMemoryTokenStore;
import io.github.osf4j.testkit.fakes.MutableClock;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's library examples, run: by hand, with Dagger, and on the in-memory fakes. */
final class LibraryExamplesTest {
  @TempDir Path temp;

  @Test
  void pyosfsExampleWiredByHandSyncsAgainstTheEmulator() throws IOException {
    try (FakeOsfServer emulator = FakeOsfServer.builder().token("my-test-token").start()) {
      String id = emulator.createProject("Reaction times");
      emulator.putFile(id, "notes.txt", "from OSF".getBytes(UTF_8));
      emulator.faults().add(Fault.latency(Duration.ofMillis(50)));
      OsfHttpConfig http =
          OsfHttpConfig.builder()
              .urls(URI.create(emulator.apiUrl()), URI.create(emulator.filesUrl()))
              .build();
      Path experiment = Files.createDirectories(temp.resolve("experiment"));
      Files.writeString(experiment.resolve("pilot.csv"), "rt\n512\n");

      Clock clock = Clock.systemUTC();
      SessionToken token = new SessionToken();
      RemoteStorage osf = OsfHttp.remoteStorage(http, token);
      Session session =
          new Session(
              osf,
              token,
              JsonStores.tokenStore(new TokenStoreConfig(temp.resolve("config"), List.of())),
              config -> new NioLocalFiles(Path.of(config.localRoot()), config.ignore(), 4),
              new Planner(clock)::plan,
              clock);
      session.login(new AccessToken("my-test-token"));
      ProjectInfo info = session.findProjects("Reaction times").get(0);
      ProjectStore store = JsonStores.projectStore(temp.resolve("rt.osf4j.json"));
      ProjectConfig config =
          new ProjectConfig(
              emulator.apiUrl(),
              emulator.filesUrl(),
              info.id(),
              info.title(),
              session.user().orElseThrow().id(),
              "",
              experiment.toString(),
              List.of());
      try (Project project =
          store.exists() ? session.openProject(store) : session.createProject(store, config)) {
        Plan changes = project.analyze();
        SyncReport report = project.apply();
        project.save();

        assertThat(changes.actions()).hasSize(2);
        assertThat(report.isComplete()).isTrue();
      }
      assertThat(experiment.resolve("notes.txt")).hasContent("from OSF");
      assertThat(emulator.readFile(id, "pilot.csv")).contains("rt\n512\n".getBytes(UTF_8));
      assertThat(emulator.requests().count("PUT", ".*")).isPositive();
    }
  }

  @Test
  void theDaggerComponentGivesASessionThatLogsIn() throws IOException {
    try (FakeOsfServer emulator = FakeOsfServer.builder().token("my-test-token").start()) {
      ExampleComponent osf4j =
          DaggerExampleComponent.factory()
              .create(
                  OsfHttpConfig.builder()
                      .urls(URI.create(emulator.apiUrl()), URI.create(emulator.filesUrl()))
                      .build(),
                  new TokenStoreConfig(temp.resolve("config"), List.of()));
      Session session = osf4j.session();

      session.login(new AccessToken("my-test-token"));

      assertThat(session.user().orElseThrow().id()).isEqualTo(emulator.userId());
      assertThat(osf4j.projectFiles().open(temp.resolve("x.osf4j.json")).exists()).isFalse();
    }
  }

  @Test
  void theInMemoryFakesSyncWithoutAnyServer() throws IOException {
    InMemoryRemoteStorage osf = InMemoryRemoteStorage.withProject("abc12");
    osf.putFile("abc12", "notes.txt", "from OSF");
    InMemoryLocalFiles folder = new InMemoryLocalFiles();
    folder.write("pilot.csv", "rt\n512\n");
    ProjectConfig config =
        new ProjectConfig("", "", "abc12", "Test", "me", "", "/experiment", List.of());
    MutableClock clock = new MutableClock();
    InMemoryProjectStore store =
        new InMemoryProjectStore(new ProjectState(config, Snapshot.empty()));

    try (Project project =
        new Project(osf, store, store.load(), folder, new Planner(clock)::plan, clock)) {
      project.apply();
      project.save();
    }

    assertThat(osf.text("abc12", "pilot.csv")).contains("rt\n512\n");
    assertThat(folder.text("notes.txt")).contains("from OSF");
    assertThat(new InMemoryTokenStore().accounts(OsfServer.OSF_IO)).isEmpty();
  }
}
