package io.github.osf4j.core.sync;

import static io.github.osf4j.core.sync.ProjectWorld.P;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.osf4j.core.ConflictPolicy;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.Snapshot;
import io.github.osf4j.core.SyncOptions;
import io.github.osf4j.core.SyncReport;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.jspecify.annotations.Nullable;

/**
 * End to end over the fakes: a synced random tree, changed independently on both sides, then one
 * run through Session and Project must keep every changed version (P1, P3), propagate one-sided
 * changes (P2), leave a sound index (P4) and converge (P5).
 */
final class ProjectPropertyTest {

  private static final List<String> UNIVERSE =
      List.of("a", "b", "x", "x/a", "x/b", "x/y", "x/y/a", "z/a", "z/b");

  /** -1: keep as is; 0: absent; 1-4: a file with that content. */
  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<List<Integer>> base =
        Arbitraries.integers().between(0, 3).list().ofSize(UNIVERSE.size());
    Arbitrary<Integer> change =
        Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.just(-1)),
            Tuple.of(1, Arbitraries.just(0)),
            Tuple.of(2, Arbitraries.integers().between(1, 4)));
    Arbitrary<List<Integer>> side = change.list().ofSize(UNIVERSE.size());
    return Combinators.combine(
            base,
            side,
            side,
            Arbitraries.of(ConflictPolicy.class),
            Arbitraries.integers().between(1, 4))
        .as(Case::new);
  }

  record Case(
      List<Integer> base,
      List<Integer> local,
      List<Integer> remote,
      ConflictPolicy policy,
      int jobs) {}

  @Property(tries = 150)
  void oneRunKeepsEveryChangedVersionAndConverges(@ForAll("cases") Case c) throws IOException {
    ProjectWorld world = new ProjectWorld();
    Map<String, String> b0 = tree(c.base(), null);
    b0.forEach(world.local::write);
    assertThat(sync(world, c).isComplete()).isTrue();
    Map<String, String> l0 = tree(c.local(), b0);
    Map<String, String> r0 = tree(c.remote(), b0);
    reshape(world, l0, true);
    reshape(world, r0, false);

    SyncReport report = sync(world, c);

    Map<String, String> end = world.local.files();
    assertThat(report.failed()).isEmpty();
    assertThat(report.skipped()).isEmpty();
    assertThat(world.remote.files(P)).as("both sides equal").isEqualTo(end);
    assertThat(world.local.folders()).isEqualTo(world.remote.folders(P));
    for (String path : union(b0, l0, r0)) {
      String b = stateAt(b0, path);
      String l = stateAt(l0, path);
      String r = stateAt(r0, path);
      if (!Objects.equals(l, b) && isFile(l)) {
        assertThat(kept(end, path, l)).as("P1: local version of %s kept", path).isTrue();
      }
      if (!Objects.equals(r, b) && isFile(r)) {
        assertThat(kept(end, path, r)).as("P1: remote version of %s kept", path).isTrue();
      }
      boolean contested = insideChangedFile(path, l0, r0, b0);
      if (!Objects.equals(l, b) && Objects.equals(r, b) && !contested && (l == null || isFile(l))) {
        assertThat(end.get(path)).as("P2: local change of %s propagated", path).isEqualTo(l);
      }
      if (Objects.equals(l, b) && !Objects.equals(r, b) && !contested && (r == null || isFile(r))) {
        assertThat(end.get(path)).as("P2: remote change of %s propagated", path).isEqualTo(r);
      }
    }
    Snapshot index = world.store.state().orElseThrow().base();
    for (Entry entry : index.entries().values()) {
      if (entry.isFile()) {
        String content = end.get(entry.path().value());
        assertThat(content).as("P4: indexed %s exists", entry.path()).isNotNull();
        assertThat(entry.size()).isEqualTo(Objects.requireNonNull(content).length());
        assertThat(entry.remote()).isNotNull();
        assertThat(entry.stamp()).isNotNull();
      }
    }
    assertThat(index.fileCount()).as("P4: every file indexed").isEqualTo(end.size());
    assertThat(world.plan().actions()).as("P5: the next plan is empty").isEmpty();
  }

  private static final String FOLDER = "/";

  /**
   * A file's content; for a folder, {@link #FOLDER} followed by everything inside it (so a folder
   * whose subtree changed counts as changed); null when nothing is there.
   */
  private static @Nullable String stateAt(Map<String, String> files, String path) {
    String content = files.get(path);
    if (content != null) {
      return content;
    }
    StringBuilder inside = new StringBuilder();
    files.forEach(
        (p, c) -> {
          if (p.startsWith(path + "/")) {
            inside.append(p).append('=').append(c).append(';');
          }
        });
    return inside.length() == 0 ? null : FOLDER + inside;
  }

  private static boolean isFile(@Nullable String state) {
    return state != null && !state.startsWith(FOLDER);
  }

  private static SyncReport sync(ProjectWorld world, Case c) throws IOException {
    try (Project project = world.open()) {
      // Safety gates off (delete limit 100 %, force): a case may delete every local file, which
      // the empty-folder gate would refuse; this property is about what a run does, not the gates.
      project.setOptions(
          SyncOptions.DEFAULTS
              .withPolicy(c.policy())
              .withMaxDeletePercent(100)
              .withForce(true)
              .withJobs(c.jobs()));
      project.analyze();
      return project.apply();
    }
  }

  /** Whether {@code content} survives at {@code path} or in one of its conflict copies. */
  private static boolean kept(Map<String, String> end, String path, @Nullable String content) {
    if (content == null || content.equals(end.get(path))) {
      return true;
    }
    int slash = path.lastIndexOf('/');
    String stem = path.substring(0, slash + 1) + path.substring(slash + 1).split("\\.", 2)[0];
    return end.entrySet().stream()
        .anyMatch(e -> e.getKey().startsWith(stem + ".conflict-") && e.getValue().equals(content));
  }

  /**
   * Whether an ancestor of {@code path} is a file on some side: then the folder holding {@code
   * path} is itself contested, and P2 is judged at that ancestor.
   */
  private static boolean insideChangedFile(String path, Map<String, String>... sides) {
    for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
      String ancestor = path.substring(0, slash);
      for (Map<String, String> side : sides) {
        if (side.containsKey(ancestor)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The files a choice list describes, relative to {@code before}; no file inside a file. */
  private static Map<String, String> tree(
      List<Integer> choices, @Nullable Map<String, String> before) {
    Map<String, String> files = new TreeMap<>();
    for (int i = 0; i < UNIVERSE.size(); i++) {
      String path = UNIVERSE.get(i);
      int choice = choices.get(i);
      String content =
          choice < 0
              ? (before == null ? null : before.get(path))
              : choice == 0 ? null : "v" + choice;
      if (content != null && !underAFile(path, files)) {
        files.put(path, content);
      }
    }
    files.keySet().removeIf(p -> underAFile(p, files));
    return files;
  }

  private static boolean underAFile(String path, Map<String, String> files) {
    for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
      if (files.containsKey(path.substring(0, slash))) {
        return true;
      }
    }
    return false;
  }

  /** Makes one side hold exactly {@code files} (folders left empty stay). */
  private static void reshape(ProjectWorld world, Map<String, String> files, boolean local) {
    Map<String, String> now = local ? world.local.files() : world.remote.files(P);
    for (String path : now.keySet()) {
      if (!files.containsKey(path)) {
        remove(world, path, local);
      }
    }
    for (Map.Entry<String, String> file : files.entrySet()) {
      String path = file.getKey();
      if (file.getValue().equals(now.get(path))) {
        continue;
      }
      boolean isFolder =
          local ? world.local.folders().contains(path) : world.remote.folders(P).contains(path);
      if (isFolder) {
        remove(world, path, local);
      }
      for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
        String ancestor = path.substring(0, slash);
        Map<String, String> live = local ? world.local.files() : world.remote.files(P);
        if (live.containsKey(ancestor)) {
          remove(world, ancestor, local);
        }
      }
      if (local) {
        world.local.write(path, file.getValue());
      } else {
        world.remote.putFile(P, path, file.getValue());
      }
    }
  }

  private static void remove(ProjectWorld world, String path, boolean local) {
    if (local) {
      world.local.remove(path);
    } else {
      world.remote.remove(P, path);
    }
  }

  @SafeVarargs
  private static List<String> union(Map<String, String>... maps) {
    TreeMap<String, String> all = new TreeMap<>();
    for (Map<String, String> map : maps) {
      all.putAll(map);
    }
    return List.copyOf(all.keySet());
  }
}
