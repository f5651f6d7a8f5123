package io.github.osf4j.core.plan;

import io.github.osf4j.core.ConflictPolicy;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.LocalStamp;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.RemoteRef;
import io.github.osf4j.core.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * A random sync situation: a base tree perturbed independently into a local and a remote tree
 * (edits, deletes, creates, kind changes, renames, unreadable paths), plus the file-system rules
 * and the conflict policy to plan with. Deterministic for a seed.
 */
record Scenario(
    long seed,
    Snapshot base,
    Snapshot local,
    Snapshot remote,
    NameRules rules,
    ConflictPolicy policy) {

  private static final String[] NAMES = {"a", "A", "b", "c.txt", "d.tar.gz", ".h", "con"};
  private static final NameRules[] RULES = {NameRules.POSIX, NameRules.MACOS, NameRules.WINDOWS};

  /**
   * The policies drawn from, in their former enum order; {@code KEEP_BOTH} stands twice where
   * {@code PREFER_REMOTE}, its other name, stood, so that each seed still makes the same scenario.
   */
  private static final ConflictPolicy[] POLICIES = {
    ConflictPolicy.KEEP_BOTH,
    ConflictPolicy.PREFER_LOCAL,
    ConflictPolicy.KEEP_BOTH,
    ConflictPolicy.PREFER_NEWER
  };

  static Scenario generate(long seed) {
    Random random = new Random(seed);
    Snapshot.Builder base = Snapshot.builder();
    int[] serial = {0};
    grow(random, base, null, 0, serial);
    Snapshot b = base.build();
    Snapshot local = perturb(random, b, true, serial);
    Snapshot remote = perturb(random, b, false, serial);
    NameRules rules = RULES[random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0];
    ConflictPolicy policy = POLICIES[random.nextInt(POLICIES.length)];
    return new Scenario(seed, b, local, remote, rules, policy);
  }

  /** The same situation with the sides swapped and everything side-specific stripped. */
  Scenario mirrored() {
    return new Scenario(seed, plain(base), plain(remote), plain(local), rules, policy);
  }

  /** This situation with everything side-specific stripped (no rename can be detected). */
  Scenario plain() {
    return new Scenario(seed, plain(base), plain(local), plain(remote), rules, policy);
  }

  private static Snapshot plain(Snapshot snapshot) {
    Snapshot.Builder out = Snapshot.builder();
    snapshot.entries().values().forEach(e -> out.put(e.withRemote(null).withStamp(null)));
    snapshot.problems().forEach(out::problem);
    return out.build();
  }

  private static void grow(
      Random random, Snapshot.Builder tree, @Nullable RelPath parent, int depth, int[] serial) {
    int children = random.nextInt(depth == 0 ? 5 : 3);
    for (int i = 0; i < children; i++) {
      RelPath path = free(random, tree, parent);
      if (path == null) {
        return;
      }
      if (depth < 2 && random.nextInt(3) == 0) {
        tree.put(both(Entry.folder(path), serial));
        grow(random, tree, path, depth + 1, serial);
      } else {
        tree.put(both(Fx.file(path.value(), 1 + random.nextInt(5)), serial));
      }
    }
  }

  private static Entry both(Entry entry, int[] serial) {
    serial[0]++;
    return entry
        .withRemote(new RemoteRef("id-" + serial[0], entry.isFile() ? 1 : 0))
        .withStamp(new LocalStamp(entry.size(), 1_000L, "key-" + serial[0]));
  }

  private static Snapshot perturb(Random random, Snapshot base, boolean local, int[] serial) {
    Snapshot.Builder side = Snapshot.builder();
    for (Entry e : base.entries().values()) {
      side.put(local ? e.withRemote(null) : e.withStamp(null));
    }
    int changes = random.nextInt(5);
    for (int i = 0; i < changes; i++) {
      List<Entry> entries = new ArrayList<>(side.build().entries().values());
      if (entries.isEmpty() || random.nextInt(7) == 0) {
        create(random, side, local, serial);
      } else {
        mutate(random, side, entries.get(random.nextInt(entries.size())), local, serial);
      }
    }
    Snapshot result = side.build();
    if (random.nextInt(5) == 0 && !result.isEmpty()) {
      List<RelPath> paths = new ArrayList<>(result.entries().keySet());
      RelPath unreadable = paths.get(random.nextInt(paths.size()));
      side.removeTree(unreadable).problem(unreadable, "unreadable");
      result = side.build();
    }
    return result;
  }

  private static void mutate(
      Random random, Snapshot.Builder side, Entry target, boolean local, int[] serial) {
    int what = random.nextInt(5);
    if (what == 0) {
      create(random, side, local, serial);
    } else if (what == 1 && target.isFile()) {
      Entry edited = Fx.file(target.path().value(), 1 + random.nextInt(5));
      side.put(local ? edited.withStamp(target.stamp()) : edited.withRemote(bump(target.remote())));
    } else if (what == 2) {
      side.removeTree(target.path());
    } else if (what == 3) {
      side.removeTree(target.path());
      if (target.isFile()) {
        side.put(sided(Entry.folder(target.path()), local, serial));
        grow(random, side, target.path(), 2, serial);
      } else {
        side.put(sided(Fx.file(target.path().value(), 1 + random.nextInt(5)), local, serial));
      }
    } else if (what == 4 && target.isFile()) {
      RelPath to = free(random, side, randomFolder(random, side));
      if (to != null) {
        side.remove(target.path());
        side.put(target.withPath(to));
      }
    } else {
      create(random, side, local, serial);
    }
  }

  private static void create(Random random, Snapshot.Builder side, boolean local, int[] serial) {
    RelPath parent = randomFolder(random, side);
    RelPath path = free(random, side, parent);
    if (path == null || (parent != null && parent.depth() >= 3)) {
      return;
    }
    if (random.nextInt(4) == 0) {
      side.put(sided(Entry.folder(path), local, serial));
      grow(random, side, path, 2, serial);
    } else {
      side.put(sided(Fx.file(path.value(), 1 + random.nextInt(6)), local, serial));
    }
  }

  private static @Nullable RelPath randomFolder(Random random, Snapshot.Builder side) {
    List<RelPath> folders = new ArrayList<>();
    side.build().entries().values().stream()
        .filter(Entry::isFolder)
        .forEach(e -> folders.add(e.path()));
    int pick = random.nextInt(folders.size() + 1);
    return pick == folders.size() ? null : folders.get(pick);
  }

  private static @Nullable RelPath free(
      Random random, Snapshot.Builder tree, @Nullable RelPath parent) {
    for (int attempt = 0; attempt < 4; attempt++) {
      String name = NAMES[random.nextInt(NAMES.length)];
      RelPath path = parent == null ? RelPath.of(name) : parent.child(name);
      if (tree.find(path) == null) {
        return path;
      }
    }
    return null;
  }

  private static Entry sided(Entry entry, boolean local, int[] serial) {
    serial[0]++;
    return local
        ? entry.withStamp(new LocalStamp(entry.size(), 2_000L, "key-" + serial[0]))
        : entry.withRemote(new RemoteRef("id-" + serial[0], entry.isFile() ? 1 : 0));
  }

  private static RemoteRef bump(@Nullable RemoteRef ref) {
    return ref == null ? new RemoteRef("edited", 1) : new RemoteRef(ref.id(), ref.version() + 1);
  }
}
