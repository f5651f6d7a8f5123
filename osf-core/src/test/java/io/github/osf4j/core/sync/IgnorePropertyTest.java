package io.github.osf4j.core.sync;

import static io.github.osf4j.core.sync.ProjectWorld.P;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.osf4j.core.ConflictPolicy;
import io.github.osf4j.core.IgnoreRules;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.SyncOptions;
import io.github.osf4j.core.SyncReport;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A synced random tree, changed on both sides, then a rule added: one run never touches a path the
 * rules ignore, on either side, and the next run plans nothing.
 */
final class IgnorePropertyTest {

  private static final List<String> UNIVERSE =
      List.of("a.log", "b.txt", "x/c.log", "x/d.txt", "logs/e.txt", "logs/f.log", "y/keep.log");

  private static final List<String> RULES =
      List.of("*.log", "x/", "logs/", "*.log\n!keep.log", "/x/d.txt", "**/e.txt\n*.log");

  /** Per path: -1 keep, 0 remove, 1-3 write that content. */
  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<List<Integer>> base =
        Arbitraries.integers().between(0, 2).list().ofSize(UNIVERSE.size());
    Arbitrary<List<Integer>> side =
        Arbitraries.integers().between(-1, 3).list().ofSize(UNIVERSE.size());
    return Combinators.combine(base, side, side, Arbitraries.of(RULES)).as(Case::new);
  }

  record Case(List<Integer> base, List<Integer> local, List<Integer> remote, String rule) {}

  @Property(tries = 120)
  void ignoredPathsAreNeverActedOnAndTheNextRunIsIdle(@ForAll("cases") Case c) throws IOException {
    ProjectWorld world = new ProjectWorld();
    for (int i = 0; i < UNIVERSE.size(); i++) {
      if (c.base().get(i) > 0) {
        world.local.write(UNIVERSE.get(i), "base " + c.base().get(i));
      }
    }
    world.sync();
    change(world, c.local(), true);
    change(world, c.remote(), false);
    world.local.write(IgnoreRules.IGNORE_FILE, c.rule() + "\n");
    IgnoreRules rules = IgnoreRules.compile(c.rule().lines().toList());
    Map<String, String> localBefore = world.local.files();
    Map<String, String> remoteBefore = world.remote.files(P);

    SyncReport report = forced(world);

    assertThat(report.failed()).isEmpty();
    for (String path : UNIVERSE) {
      if (rules.ignores(RelPath.of(path), false)) {
        assertThat(world.local.text(path).orElse(null))
            .as("local %s under %s", path, c.rule())
            .isEqualTo(localBefore.get(path));
        assertThat(world.remote.text(P, path).orElse(null))
            .as("OSF %s under %s", path, c.rule())
            .isEqualTo(remoteBefore.get(path));
      } else {
        assertThat(Objects.equals(world.local.text(path), world.remote.text(P, path)))
            .as("%s synced under %s", path, c.rule())
            .isTrue();
      }
    }
    assertThat(world.plan().actions()).isEmpty();
  }

  /** One run with the safety gates off: random changes delete whole sides. */
  private static SyncReport forced(ProjectWorld world) throws IOException {
    try (Project project = world.open()) {
      project.setOptions(new SyncOptions(ConflictPolicy.KEEP_BOTH, 100, true, 2));
      project.analyze();
      return project.apply();
    }
  }

  private static void change(ProjectWorld world, List<Integer> changes, boolean local) {
    for (int i = 0; i < UNIVERSE.size(); i++) {
      String path = UNIVERSE.get(i);
      int change = changes.get(i);
      if (change == 0 && local && world.local.text(path).isPresent()) {
        world.local.remove(path);
      } else if (change == 0 && !local && world.remote.text(P, path).isPresent()) {
        world.remote.remove(P, path);
      } else if (change > 0 && local) {
        world.local.write(path, "local " + change);
      } else if (change > 0) {
        world.remote.putFile(P, path, "remote " + change);
      }
    }
  }
}
