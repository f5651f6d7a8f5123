package io.github.osf4j.core.sync;

import static io.github.osf4j.core.sync.ProjectWorld.P;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.osf4j.core.IgnoreReport;
import io.github.osf4j.core.Plan;
import io.github.osf4j.core.ProjectState;
import io.github.osf4j.core.RelPath;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/SYNC-RULES.md "Ignore rules": ignored paths are outside the sync on both sides. */
final class ProjectIgnoreTest {
  private final ProjectWorld world = new ProjectWorld();

  private static List<String> types(Plan plan) {
    return plan.actions().stream().map(a -> a.type() + " " + a.path()).toList();
  }

  private IgnoreReport report() throws IOException {
    try (Project project = world.open()) {
      project.analyze();
      return project.lastIgnoreReport().orElseThrow();
    }
  }

  @Test
  void colleaguesDefaultIgnoredFilesAreNeitherDownloadedNorDeleted() throws IOException {
    world.local.write("a.txt", "a");
    List<String> ignored =
        List.of(
            ".DS_Store",
            "Thumbs.db",
            "desktop.ini",
            "~$report.docx",
            "notes.tmp",
            ".osf4j-tmp-0123",
            ".git/hooks/pre-commit",
            "sub/.GIT/config",
            "sub/.git");
    for (String path : ignored) {
      world.remote.putFile(P, path, "colleague's " + path);
    }

    assertThat(world.sync().isComplete()).isTrue();

    assertThat(world.local.files()).containsOnlyKeys("a.txt");
    assertThat(world.remote.files(P)).containsKeys(ignored.toArray(new String[0]));
    assertThat(world.plan().actions()).isEmpty();
    assertThat(world.sync().done()).isEmpty();
    assertThat(world.remote.files(P)).containsKeys(ignored.toArray(new String[0]));
    assertThat(world.store.state().orElseThrow().base().contains(RelPath.of(".git"))).isFalse();
    assertThat(report().ignoredOnOsf())
        .extracting(RelPath::value)
        .contains(".git", "sub/.GIT", "sub/.git", "notes.tmp", ".DS_Store");
  }

  @Test
  void addingARuleDropsItsPathsFromTheIndexWithNoActionAnywhere() throws IOException {
    world.local.write("run.log", "log");
    world.local.write("data.csv", "1");
    world.sync();
    world.remote.putFile(P, "colleague.log", "theirs");
    world.local.write(".osfignore", "*.log\n");

    IgnoreReport report = report();
    assertThat(report.rulesChanged()).isTrue();
    assertThat(report.added()).containsExactly("*.log");
    assertThat(report.leaving()).containsExactly(RelPath.of("run.log"));
    assertThat(types(world.plan())).containsExactly("upload .osfignore");
    world.sync();

    assertThat(world.remote.files(P)).containsKeys("run.log", "colleague.log", ".osfignore");
    assertThat(world.local.files()).containsKeys("run.log").doesNotContainKey("colleague.log");
    assertThat(world.store.state().orElseThrow().base().contains(RelPath.of("run.log"))).isFalse();
    assertThat(world.store.state().orElseThrow().ignoreRules()).containsExactly("*.log");
    assertThat(world.plan().actions()).isEmpty();
    assertThat(report().rulesChanged()).isFalse();
    assertThat(report().leaving()).isEmpty();
  }

  @Test
  void removingARuleRejoinsItsPathsAsOnAFirstSync() throws IOException {
    world.local.write(".osfignore", "*.log\n");
    world.sync();
    world.local.write("both.log", "local version");
    world.remote.putFile(P, "both.log", "OSF version");
    world.local.write("mine.log", "mine");
    world.remote.putFile(P, "theirs.log", "theirs");
    world.local.write("same.log", "same");
    world.remote.putFile(P, "same.log", "same");
    assertThat(world.plan().actions()).isEmpty();

    world.local.write(".osfignore", "# nothing ignored now\n");
    IgnoreReport report = report();
    assertThat(report.removed()).containsExactly("*.log");
    assertThat(report.rejoining())
        .extracting(RelPath::value)
        .containsExactly("both.log", "mine.log", "same.log", "theirs.log");
    assertThat(world.sync().isComplete()).isTrue();

    Map<String, String> local = world.local.files();
    assertThat(local).containsEntry("both.log", "OSF version");
    assertThat(local).containsEntry("theirs.log", "theirs").containsEntry("same.log", "same");
    assertThat(local.values()).contains("local version");
    assertThat(world.remote.files(P)).isEqualTo(local);
    assertThat(world.plan().actions()).isEmpty();
  }

  @Test
  void aFolderHoldingIgnoredFilesOnOsfIsNotDeletedThere() throws IOException {
    world.local.write(".osfignore", "*.log\n");
    world.local.write("out/a.txt", "a");
    world.sync();
    world.remote.putFile(P, "out/colleague.log", "theirs");
    world.local.remove("out/a.txt");
    world.local.remove("out");

    Plan plan = world.plan();
    assertThat(types(plan)).containsExactly("delete-remote out/a.txt");
    assertThat(report().keptFolders()).containsExactly(RelPath.of("out"));
    world.sync();

    assertThat(world.remote.files(P))
        .containsKey("out/colleague.log")
        .doesNotContainKey("out/a.txt");
    assertThat(world.local.folders()).doesNotContain("out");
    assertThat(world.plan().actions()).isEmpty();
  }

  @Test
  void aFolderHoldingIgnoredFilesHereIsNotDeletedHere() throws IOException {
    world.local.write(".osfignore", "*.log\n");
    world.local.write("out/a.txt", "a");
    world.sync();
    world.local.write("out/run.log", "mine");
    world.remote.remove(P, "out");

    assertThat(types(world.plan())).containsExactly("delete-local out/a.txt");
    assertThat(world.sync().isComplete()).isTrue();

    assertThat(world.local.files()).containsKey("out/run.log").doesNotContainKey("out/a.txt");
    assertThat(world.remote.folders(P)).doesNotContain("out");
    assertThat(world.plan().actions()).isEmpty();
  }

  @Test
  void osLitterAloneDoesNotKeepALocalFolder() throws IOException {
    world.local.write("out/a.txt", "a");
    world.sync();
    world.local.write("out/.DS_Store", "finder");
    world.remote.remove(P, "out");

    assertThat(types(world.plan())).containsExactly("delete-local out/a.txt", "delete-local out");
  }

  @Test
  void anOsfignoreArrivingFromOsfDeletesNothingAnywhere() throws IOException {
    world.local.write("data.csv", "1");
    world.local.write("notes.txt", "n");
    world.sync();
    world.remote.putFile(P, ".osfignore", "*.csv\n");

    assertThat(types(world.plan())).containsExactly("download .osfignore");
    world.sync();
    IgnoreReport next = report();
    assertThat(next.leaving()).containsExactly(RelPath.of("data.csv"));
    world.sync();

    assertThat(world.local.files()).containsKeys("data.csv", "notes.txt", ".osfignore");
    assertThat(world.remote.files(P)).containsKeys("data.csv", "notes.txt", ".osfignore");
    assertThat(world.plan().actions()).isEmpty();
    assertThat(report().leaving()).isEmpty();
    assertThat(report().rulesChanged()).isFalse();
  }

  @Test
  void negationAndNestedFoldersFollowGitignore() throws IOException {
    world.local.write(".osfignore", "*.log\n!keep.log\nbuild/\n");
    world.local.write("keep.log", "k");
    world.local.write("drop.log", "d");
    world.local.write("build/out.bin", "b");
    world.local.write("src/build/x.bin", "x");
    world.local.write("src/main.c", "c");

    world.sync();

    assertThat(world.remote.files(P)).containsOnlyKeys(".osfignore", "keep.log", "src/main.c");
    assertThat(world.remote.folders(P)).doesNotContain("build", "src/build");
  }

  @Test
  void anOlderIndexWithoutRecordedRulesReportsNoChange() throws IOException {
    world.local.write("run.log", "log");
    world.sync();
    ProjectState saved = world.store.state().orElseThrow();
    world.store.save(new ProjectState(saved.config(), saved.base()));
    world.local.write(".osfignore", "*.log\n");

    IgnoreReport report = report();

    assertThat(report.rulesChanged()).isFalse();
    assertThat(report.leaving()).containsExactly(RelPath.of("run.log"));
    assertThat(types(world.plan())).containsExactly("upload .osfignore");
  }
}
