package io.github.osf4j.core.sync;

import static io.github.osf4j.core.sync.ProjectWorld.P;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.osf4j.core.AccessToken;
import io.github.osf4j.core.Action;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.FileVersion;
import io.github.osf4j.core.ProjectConfig;
import io.github.osf4j.core.ProjectState;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.RemoteFolderNotFoundException;
import io.github.osf4j.core.Snapshot;
import io.github.osf4j.core.SyncReport;
import io.github.osf4j.testkit.fakes.InMemoryProjectStore;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A project file whose remote path links the local folder to one OSF folder. */
final class ScopedProjectTest {
  private static final ProjectConfig SCOPED =
      ProjectWorld.CONFIG.toBuilder().remotePath(RelPath.of("data/raw")).build();

  private final ProjectWorld world = new ProjectWorld();
  private final InMemoryProjectStore store =
      new InMemoryProjectStore(new ProjectState(SCOPED, Snapshot.empty()));

  private SyncReport sync() throws IOException {
    try (Project project = world.session().openProject(store)) {
      project.analyze();
      return project.apply();
    }
  }

  private List<Action> plan() throws IOException {
    try (Project project = world.session().openProject(store)) {
      return project.analyze().actions();
    }
  }

  @Test
  void scopeIgnoresEverythingOutsideTheSubFolderOnBothSides() throws IOException {
    world.remote.putFile(P, "data/raw/a.txt", "a");
    world.remote.putFile(P, "data/raw/deep/c.txt", "c");
    world.remote.putFile(P, "data/other.txt", "other");
    world.remote.putFile(P, "top.txt", "top");
    world.local.write("b.txt", "b");

    assertThat(sync().isComplete()).isTrue();

    assertThat(world.local.files())
        .isEqualTo(Map.of("a.txt", "a", "b.txt", "b", "deep/c.txt", "c"));
    assertThat(world.remote.files(P))
        .isEqualTo(
            Map.of(
                "data/raw/a.txt", "a",
                "data/raw/b.txt", "b",
                "data/raw/deep/c.txt", "c",
                "data/other.txt", "other",
                "top.txt", "top"));
    assertThat(store.state().orElseThrow().base().entries().keySet())
        .extracting(RelPath::value)
        .containsExactly("a.txt", "b.txt", "deep", "deep/c.txt");

    world.remote.putFile(P, "top2.txt", "new outside");
    world.remote.remove(P, "data/other.txt");
    assertThat(plan()).isEmpty();
  }

  @Test
  void writesDeletesAndMovesStayInsideTheFolder() throws IOException {
    world.remote.putFile(P, "data/raw/a.txt", "a");
    world.remote.putFile(P, "data/raw/keep1.txt", "k1");
    world.remote.putFile(P, "data/raw/keep2.txt", "k2");
    world.remote.putFile(P, "a.txt", "outside, same name");
    sync();

    world.local.write("new/deeper/n.txt", "n");
    world.local.write("a.txt", "a2");
    sync();
    assertThat(world.remote.files(P))
        .containsEntry("data/raw/new/deeper/n.txt", "n")
        .containsEntry("data/raw/a.txt", "a2")
        .containsEntry("a.txt", "outside, same name");

    world.local.remove("a.txt");
    world.local.remove("new/deeper/n.txt");
    world.local.write("moved/n.txt", "n");
    sync();

    assertThat(world.remote.files(P))
        .isEqualTo(
            Map.of(
                "a.txt", "outside, same name",
                "data/raw/keep1.txt", "k1",
                "data/raw/keep2.txt", "k2",
                "data/raw/moved/n.txt", "n"));
    assertThat(world.remote.folders(P)).contains("data", "data/raw");
  }

  @Test
  void versionsAndDownloadsOfAScopedFileReachTheRightFile() throws IOException {
    world.remote.putFile(P, "data/raw/a.txt", "v1");
    world.remote.putFile(P, "a.txt", "outside");
    sync();
    world.remote.putFile(P, "data/raw/a.txt", "v2");
    sync();

    try (Project project = world.session().openProject(store)) {
      List<FileVersion> versions = project.versions(RelPath.of("a.txt"));
      assertThat(versions).hasSize(2);
    }
    assertThat(world.local.files()).isEqualTo(Map.of("a.txt", "v2"));
  }

  @Test
  void aFolderGoneFromOsfStopsTheSyncInsteadOfDeletingLocalFiles() throws IOException {
    world.remote.putFile(P, "data/raw/a.txt", "a");
    sync();
    world.remote.remove(P, "data/raw");

    assertThatThrownBy(this::sync)
        .isInstanceOf(RemoteFolderNotFoundException.class)
        .hasMessageContaining("'data/raw'");
    assertThat(world.local.files()).containsOnlyKeys("a.txt");
  }

  @Test
  void aFolderReplacedOnOsfIsNotListedForTheOldOne() throws IOException {
    world.token.set(new AccessToken("pat-1"));
    world.remote.putFile(P, "data/raw/a.txt", "a");
    Entry folder = world.remote.folder(P, RelPath.of("data/raw")).orElseThrow();
    assertThat(world.remote.list(P, folder).entries().keySet())
        .containsExactly(RelPath.of("data/raw/a.txt"));

    world.remote.remove(P, "data/raw");
    world.remote.mkdirs(P, "data/raw");

    assertThatThrownBy(() -> world.remote.list(P, folder))
        .hasMessageContaining("no longer in project");
  }

  @Test
  void createProjectRefusesARemotePathThatIsNotOnOsf() throws IOException {
    InMemoryProjectStore fresh = new InMemoryProjectStore();
    ProjectConfig missing =
        ProjectWorld.CONFIG.toBuilder().remotePath(RelPath.of("data/typo")).build();

    assertThatThrownBy(() -> world.session().createProject(fresh, missing))
        .isInstanceOf(RemoteFolderNotFoundException.class)
        .hasMessageContaining("'data/typo'");
    assertThat(fresh.exists()).isFalse();
  }

  @Test
  void createProjectRemembersAnExistingRemotePath() throws IOException {
    world.remote.mkdirs(P, "data/raw");
    InMemoryProjectStore fresh = new InMemoryProjectStore();

    world.session().createProject(fresh, SCOPED).close();

    assertThat(fresh.state().orElseThrow().config().remotePath()).isEqualTo(RelPath.of("data/raw"));
  }
}
