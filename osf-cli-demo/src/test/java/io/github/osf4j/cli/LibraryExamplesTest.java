package io.github.osf4j.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.osf4j.core.AccessToken;
import io.github.osf4j.core.Plan;
import io.github.osf4j.core.ProjectStore;
import io.github.osf4j.core.SyncReport;
import io.github.osf4j.core.TokenStore;
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
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's library examples, run: by hand, with Dagger, and on the in-memory fakes. */
final class LibraryExamplesTest {
  @TempDir Path temp;

  @Test
  void pyosfsExampleWiredByHandSyncsAgainstTheEmulator() throws IOException {
    String password = "the password";
    try (FakeOsfServer emulator =
        FakeOsfServer.builder().token("my-test-token").user("you@example.com", password).start()) {
      String id = emulator.createProject("Reaction times");
      emulator.putFile(id, "notes.txt", "from OSF".getBytes(UTF_8));
      emulator.faults().add(Fault.latency(Duration.ofMillis(50)));
      OsfHttpConfig http =
          OsfHttpConfig.builder()
              .urls(URI.create(emulator.apiUrl()), URI.create(emulator.filesUrl()))
              .build();
      Path experiment = Files.createDirectories(temp.resolve("experiment"));
      Files.writeString(experiment.resolve("pilot.csv"), "rt\n512\n");

      TokenStore tokens =
          JsonStores.tokenStore(new TokenStoreConfig(temp.resolve("config"), List.of()));
      Path projectFile = temp.resolve("rt.osf4j.json");

      // The README's example, with the emulator's URLs instead of osf.io's:
      Session session =
          Session.builder(OsfHttp.connector(http), tokens).server(http.server()).build();
      session.login("you@example.com", password, null); // or: login(new AccessToken(token))
      String found = session.findProjects("Reaction times").get(0).id();
      ProjectStore store = JsonStores.projectStore(projectFile);
      try (Project project =
          store.exists()
              ? session.openProject(store)
              : session.createProject(store, found, experiment)) {
        Plan changes = project.analyze(); // proj.get_changes(): a dry run
        changes.actions().forEach(System.out::println);
        SyncReport report = project.apply(changes); // changes.apply()
        project.save(); // proj.save()

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
    Session session =
        Session.builder(osf.connector(), new InMemoryTokenStore())
            .server(osf.server())
            .token(new AccessToken("test-token"))
            .localFiles(config -> folder)
            .build();
    InMemoryProjectStore store = new InMemoryProjectStore();

    try (Project project = session.createProject(store, "abc12", Path.of("/experiment"))) {
      project.apply(project.analyze());
    }

    assertThat(osf.text("abc12", "pilot.csv")).contains("rt\n512\n");
    assertThat(folder.text("notes.txt")).contains("from OSF");
    assertThat(store.state().orElseThrow().base().size()).isEqualTo(2);
  }
}
