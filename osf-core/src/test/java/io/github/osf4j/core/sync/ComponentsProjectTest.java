package io.github.osf4j.core.sync;

import static io.github.osf4j.core.sync.ProjectWorld.P;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.osf4j.core.Action;
import io.github.osf4j.core.ComponentFolder;
import io.github.osf4j.core.Conflict;
import io.github.osf4j.core.Plan;
import io.github.osf4j.core.ProjectConfig;
import io.github.osf4j.core.ProjectInfo;
import io.github.osf4j.core.ProjectState;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.Skip;
import io.github.osf4j.core.Snapshot;
import io.github.osf4j.core.SyncMode;
import io.github.osf4j.core.SyncOptions;
import io.github.osf4j.core.SyncReport;
import io.github.osf4j.core.UserInfo;
import io.github.osf4j.testkit.fakes.InMemoryProjectStore;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A project file that includes the project's components, each as a sub-folder. */
final class ComponentsProjectTest {
  private static final ProjectConfig WITH_COMPONENTS =
      ProjectWorld.CONFIG.toBuilder().components(true).build();
  private static final String DATA = "Data (c1)";
  private static final String RAW = "Data (c1)/Raw (c2)";
  private static final String SHARED = "Shared (c3)";

  private final ProjectWorld world = new ProjectWorld();
  private final InMemoryProjectStore store =
      new InMemoryProjectStore(new ProjectState(WITH_COMPONENTS, Snapshot.empty()));
  private SyncOptions options = SyncOptions.DEFAULTS;

  ComponentsProjectTest() {
    world.remote.addProject(new ProjectInfo("c1", "Data", P, false), "u1");
    world.remote.addProject(new ProjectInfo("c2", "Raw", "c1", false), "u1");
    world.remote.putFile(P, "top.txt", "top");
    world.remote.putFile("c1", "raw.csv", "1,2");
    world.remote.putFile("c2", "x.txt", "x");
  }

  private SyncReport sync() throws IOException {
    try (Project project = world.session().openProject(store)) {
      project.setOptions(options);
      project.analyze();
      SyncReport report = project.apply();
      project.save();
      return report;
    }
  }

  private Plan plan() throws IOException {
    try (Project project = world.session().openProject(store)) {
      project.setOptions(options);
      return project.analyze();
    }
  }

  private ProjectConfig saved() {
    return store.state().orElseThrow().config();
  }

  /** A component owned by someone else that user u1 may only read. */
  private void addSharedReadOnly() {
    world.remote.addUser(new UserInfo("u2", "Grace", "grace@example.org"), "pw", null);
    world.remote.addProject(new ProjectInfo("c3", "Shared", P, false), "u2");
    world.remote.addReader("c3", "u1");
    world.remote.putFile("c3", "r.txt", "r");
    world.remote.putFile("c3", "s.txt", "s");
  }

  private static List<String> skipped(Plan plan) {
    return plan.skipped().stream().map(s -> s.path() + ": " + s.reason()).toList();
  }

  @Test
  void aComponentsFilesLandInItsFolderAndGoBackToItsNode() throws IOException {
    assertThat(sync().isComplete()).isTrue();

    assertThat(world.local.files())
        .isEqualTo(Map.of("top.txt", "top", DATA + "/raw.csv", "1,2", RAW + "/x.txt", "x"));
    assertThat(saved().componentFolders())
        .isEqualTo(Map.of("c1", RelPath.of(DATA), "c2", RelPath.of(RAW)));

    world.local.write(DATA + "/raw.csv", "1,2,3");
    world.local.write(DATA + "/new.txt", "new");
    world.local.write(RAW + "/y.txt", "y");
    world.local.write("mine.txt", "mine");
    assertThat(sync().isComplete()).isTrue();

    assertThat(world.remote.files("c1")).isEqualTo(Map.of("raw.csv", "1,2,3", "new.txt", "new"));
    assertThat(world.remote.files("c2")).isEqualTo(Map.of("x.txt", "x", "y.txt", "y"));
    assertThat(world.remote.files(P)).isEqualTo(Map.of("top.txt", "top", "mine.txt", "mine"));
    assertThat(world.remote.folders(P)).isEmpty();
    assertThat(plan().actions()).isEmpty();
  }

  @Test
  void aDeletionInAComponentFolderDeletesInThatComponentOnly() throws IOException {
    world.remote.putFile(P, "raw.csv", "the project's own");
    sync();

    world.local.remove(DATA + "/raw.csv");
    sync();

    assertThat(world.remote.files("c1")).isEmpty();
    assertThat(world.remote.files(P)).containsEntry("raw.csv", "the project's own");
  }

  @Test
  void aRenameOnOsfMovesNothingLocally() throws IOException {
    sync();

    world.remote.retitle("c1", "Data, final");

    assertThat(plan().actions()).isEmpty();
    sync();
    assertThat(world.local.files()).containsKey(DATA + "/raw.csv");
    assertThat(saved().componentFolders()).containsEntry("c1", RelPath.of(DATA));
  }

  @Test
  void aNewComponentGetsItsFolderAtTheNextSyncAndTheProjectFileRemembersIt() throws IOException {
    sync();

    world.remote.addProject(new ProjectInfo("c9", "Late: a/b", P, false), "u1");
    world.remote.putFile("c9", "late.txt", "late");
    sync();

    assertThat(world.local.files()).containsEntry("Late_ a_b (c9)/late.txt", "late");
    assertThat(saved().componentFolders()).containsEntry("c9", RelPath.of("Late_ a_b (c9)"));
  }

  @Test
  void aComponentGoneFromOsfLeavesItsFolderAloneWithAReason() throws IOException {
    sync();
    world.local.write(DATA + "/edited-after.txt", "kept");

    world.remote.deleteProject("c2");
    world.remote.deleteProject("c1");
    Plan plan = plan();

    assertThat(plan.actions()).isEmpty();
    assertThat(plan.safety().isSafe()).isTrue();
    assertThat(skipped(plan))
        .singleElement()
        .asString()
        .startsWith(DATA + ": ")
        .contains("component 'Data' (c1) is no longer on OSF or no longer visible to you");
    sync();
    assertThat(world.local.files())
        .containsEntry(DATA + "/raw.csv", "1,2")
        .containsEntry(RAW + "/x.txt", "x")
        .containsEntry(DATA + "/edited-after.txt", "kept");
    assertThat(world.remote.files(P)).isEqualTo(Map.of("top.txt", "top"));
    assertThat(saved().componentFolders()).containsKeys("c1", "c2");
  }

  @Test
  void aReadOnlyComponentIsPulledAndItsLocalChangesStayLocalWithANote() throws IOException {
    addSharedReadOnly();
    sync();
    assertThat(world.local.files())
        .containsEntry(SHARED + "/r.txt", "r")
        .containsEntry(SHARED + "/s.txt", "s");

    world.local.write(SHARED + "/r.txt", "edited here");
    world.local.write(SHARED + "/mine.txt", "local only");
    world.local.remove(SHARED + "/s.txt");
    world.remote.putFile("c3", "new-on-osf.txt", "fresh");
    Plan plan = plan();

    assertThat(plan.actions())
        .extracting(Action::type, a -> a.path().value())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("download", SHARED + "/new-on-osf.txt"));
    assertThat(skipped(plan))
        .containsExactly(
            SHARED + "/mine.txt: component 'Shared' is read-only for you; kept local, not uploaded",
            SHARED + "/r.txt: component 'Shared' is read-only for you; kept local, not uploaded",
            SHARED
                + "/s.txt: component 'Shared' is read-only for you; deleted here only, still on"
                + " OSF");
    sync();
    assertThat(world.remote.files("c3"))
        .isEqualTo(Map.of("r.txt", "r", "s.txt", "s", "new-on-osf.txt", "fresh"));
    assertThat(world.local.files())
        .containsEntry(SHARED + "/mine.txt", "local only")
        .containsEntry(SHARED + "/r.txt", "edited here")
        .containsEntry(SHARED + "/new-on-osf.txt", "fresh");
  }

  @Test
  void aReadOnlyComponentChangedOnBothSidesKeepsTheLocalVersionAsALocalCopy() throws IOException {
    addSharedReadOnly();
    sync();

    world.local.write(SHARED + "/r.txt", "mine");
    world.remote.putFile("c3", "r.txt", "theirs");
    Plan plan = plan();

    assertThat(plan.conflicts()).extracting(Conflict::winner).containsExactly(Conflict.Side.REMOTE);
    assertThat(plan.actions()).noneMatch(a -> a instanceof Action.Upload);
    sync();
    assertThat(world.local.text(SHARED + "/r.txt")).contains("theirs");
    assertThat(world.local.files()).containsValue("mine");
    assertThat(world.remote.files("c3")).hasSize(2);
    assertThat(skipped(plan()))
        .singleElement()
        .asString()
        .contains("conflict")
        .endsWith("is read-only for you; kept local, not uploaded");
  }

  @Test
  void aReadOnlyComponentDeletedOnOsfSideIsDeletedLocallyButALocalOnlyFileStays()
      throws IOException {
    addSharedReadOnly();
    sync();
    world.local.write(SHARED + "/only-here.txt", "local");

    world.remote.remove("c3", "s.txt");
    sync();

    assertThat(world.local.files())
        .doesNotContainKey(SHARED + "/s.txt")
        .containsEntry(SHARED + "/only-here.txt", "local");
  }

  @Test
  void aPushChangesNothingInAReadOnlyComponentAndAPullBringsItsChanges() throws IOException {
    addSharedReadOnly();
    sync();
    world.local.write(SHARED + "/r.txt", "edited");
    world.remote.putFile("c3", "s.txt", "s2");

    options = SyncOptions.DEFAULTS.withMode(SyncMode.PUSH, false);
    Plan push = plan();
    assertThat(push.actions()).isEmpty();
    assertThat(push.skipped())
        .extracting(Skip::path)
        .containsExactly(RelPath.of(SHARED + "/r.txt"));

    options = SyncOptions.DEFAULTS.withMode(SyncMode.PULL, false);
    sync();
    assertThat(world.local.text(SHARED + "/s.txt")).contains("s2");
    assertThat(world.local.text(SHARED + "/r.txt")).contains("edited");
    assertThat(world.remote.text("c3", "r.txt")).contains("r");
  }

  @Test
  void aMoveBetweenTheProjectAndAComponentIsAnUploadThereAndADeleteHere() throws IOException {
    sync();

    world.local.move(RelPath.of("top.txt"), RelPath.of(DATA + "/top.txt"));
    sync();

    assertThat(world.remote.files(P)).isEmpty();
    assertThat(world.remote.files("c1")).containsEntry("top.txt", "top");
    assertThat(world.remote.calls()).noneMatch(call -> call.startsWith("move"));
  }

  @Test
  void aMoveInsideOneComponentStaysAMoveOnOsf() throws IOException {
    sync();

    world.local.move(RelPath.of(DATA + "/raw.csv"), RelPath.of(DATA + "/renamed.csv"));
    Plan plan = plan();

    assertThat(plan.actions()).extracting(Action::type).containsExactly("move-remote");
    sync();
    assertThat(world.remote.files("c1")).isEqualTo(Map.of("renamed.csv", "1,2"));
  }

  @Test
  void aComponentFolderDeletedLocallyEmptiesNothingOnOsf() throws IOException {
    sync();

    world.local.remove(DATA);
    Plan plan = plan();

    assertThat(plan.actions()).isEmpty();
    assertThat(skipped(plan))
        .singleElement()
        .asString()
        .startsWith(DATA + ": component 'Data' is on OSF but its folder was deleted here");
    sync();
    assertThat(world.remote.files("c1")).containsKey("raw.csv");
    assertThat(world.remote.files("c2")).containsKey("x.txt");
  }

  @Test
  void aComponentFolderDeletedLocallyWhileItsComponentIsGoneStillEmptiesNothing()
      throws IOException {
    sync();

    world.remote.deleteProject("c2");
    world.local.remove(DATA);
    Plan plan = plan();

    // Only the index forgets the gone component's files; neither side changes.
    assertThat(plan.actions()).allMatch(a -> a instanceof Action.RecordOnly);
    // The gone component's folder went with its parent's: it is forgotten, not skipped.
    assertThat(plan.skipped()).extracting(s -> s.path().value()).containsExactly(DATA);
    sync();
    assertThat(world.remote.files("c1")).containsKey("raw.csv");
    assertThat(saved().componentFolders()).containsKey("c1").doesNotContainKey("c2");
  }

  @Test
  void eachComponentsUploadsAreCheckedAgainstItsOwnQuota() throws IOException {
    sync();
    world.remote.setQuota(P, 1_000_000);
    world.remote.setQuota("c1", 20);
    world.local.write("top-new.txt", "0123456789".repeat(10));
    world.local.write(DATA + "/big.csv", "0123456789".repeat(10));
    world.local.write(RAW + "/raw-new.txt", "0123456789".repeat(10));

    Plan plan = plan();

    assertThat(skipped(plan))
        .containsExactly(
            DATA
                + "/big.csv: not uploaded: it would take component 'Data' over its OSF storage"
                + " quota");
    sync();
    assertThat(world.remote.files(P)).containsKey("top-new.txt");
    assertThat(world.remote.files("c2")).containsKey("raw-new.txt");
    assertThat(world.remote.files("c1")).doesNotContainKey("big.csv");
  }

  @Test
  void theProjectsQuotaDoesNotHoldBackUploadsIntoAComponent() throws IOException {
    sync();
    world.remote.setQuota(P, 5);
    world.local.write(DATA + "/big.csv", "0123456789".repeat(10));

    assertThat(plan().skipped()).isEmpty();
    sync();
    assertThat(world.remote.files("c1")).containsKey("big.csv");
  }

  @Test
  void aGoneComponentWhoseFolderWasMovedAwayIsForgottenAndTheSyncIsCleanAgain() throws IOException {
    sync();
    world.remote.deleteProject("c2");
    assertThat(skipped(plan()))
        .singleElement()
        .asString()
        .startsWith(RAW + ": ")
        .endsWith("(move it out of the synced folder to stop syncing it)");

    world.local.remove(RAW);
    SyncReport report = sync();

    assertThat(report.skipped()).isEmpty();
    assertThat(report.failed()).isEmpty();
    assertThat(saved().componentFolders()).containsKey("c1").doesNotContainKey("c2");
    assertThat(world.remote.files("c1")).containsKey("raw.csv");
    assertThat(plan().actions()).isEmpty();
    assertThat(plan().skipped()).isEmpty();
  }

  @Test
  void aReadOnlyComponentFolderDeletedLocallyIsNotedOnce() throws IOException {
    addSharedReadOnly();
    sync();

    world.local.remove(SHARED);
    Plan plan = plan();

    assertThat(plan.actions()).isEmpty();
    assertThat(skipped(plan))
        .containsExactly(
            SHARED + ": component 'Shared' is read-only for you; deleted here only, still on OSF");
  }

  @Test
  void aProjectFolderNamedLikeAComponentFolderIsLeftAloneWithAReason() throws IOException {
    world.remote.putFile(P, DATA + "/own.txt", "the project's");

    Plan plan = plan();

    assertThat(plan.actions()).extracting(a -> a.path().value()).containsExactly("top.txt");
    assertThat(skipped(plan))
        .singleElement()
        .asString()
        .startsWith(
            DATA
                + ": remote: a folder of the project's own storage has the name of the folder of"
                + " component 'Data'")
        .endsWith("rename that folder on OSF");
  }

  @Test
  void aProjectFileWithoutComponentsIgnoresThemAsBefore() throws IOException {
    assertThat(world.sync().isComplete()).isTrue();

    assertThat(world.local.files()).isEqualTo(Map.of("top.txt", "top"));
    assertThat(world.store.state().orElseThrow().config().components()).isFalse();
  }

  @Test
  void theProjectListsItsComponentsWithTheirAccess() throws IOException {
    addSharedReadOnly();
    try (Project project = world.session().openProject(store)) {
      assertThat(project.components())
          .extracting(ComponentFolder::id, c -> c.folder().value(), ComponentFolder::writable)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("c1", DATA, true),
              org.assertj.core.groups.Tuple.tuple("c3", SHARED, false),
              org.assertj.core.groups.Tuple.tuple("c2", RAW, true));
    }
  }

  @Test
  void creatingAProjectFileWithComponentsNamesTheirFoldersAtOnce() throws IOException {
    InMemoryProjectStore fresh = new InMemoryProjectStore();
    try (Project created = world.session().createProject(fresh, WITH_COMPONENTS)) {
      assertThat(created.config().componentFolders())
          .isEqualTo(Map.of("c1", RelPath.of(DATA), "c2", RelPath.of(RAW)));
    }
  }
}
