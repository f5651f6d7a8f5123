package io.github.osf4j.core.sync;

import io.github.osf4j.core.Action;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.IgnoreReport;
import io.github.osf4j.core.IgnoreRules;
import io.github.osf4j.core.LocalFiles;
import io.github.osf4j.core.Plan;
import io.github.osf4j.core.ProjectState;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.Snapshot;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What one run syncs under its ignore rules: the index and the OSF listing without ignored paths,
 * the plan without deletions of folders that still hold ignored files, and the report of what the
 * rules changed. Not thread-safe.
 */
final class SyncScope {
  private final IgnoreRules rules;
  private final ProjectState stored;
  private final Snapshot base;
  private final List<RelPath> kept = new ArrayList<>();

  SyncScope(IgnoreRules rules, ProjectState stored) {
    this.rules = rules;
    this.stored = stored;
    this.base = rules.filter(stored.base());
  }

  IgnoreRules rules() {
    return rules;
  }

  /** The index without ignored paths: they leave it with no action on either side. */
  Snapshot base() {
    return base;
  }

  /** The OSF listing without ignored paths. */
  Snapshot remote(Snapshot listed) {
    return rules.filter(listed);
  }

  /**
   * {@code plan} without deletions of folders that hold ignored paths on the side they would be
   * deleted from: ignored paths are never deleted, so such a folder stays (and in the index).
   */
  Plan keepFoldersHoldingIgnored(Plan plan, Snapshot listed, LocalFiles local) throws IOException {
    Set<RelPath> onOsf = holders(rules.topIgnored(listed));
    Set<RelPath> here = null;
    List<Action> actions = new ArrayList<>();
    for (Action action : plan.actions()) {
      if (action instanceof Action.DeleteRemote d && d.expected().isFolder()) {
        if (onOsf.contains(d.path())) {
          kept.add(d.path());
          continue;
        }
      } else if (action instanceof Action.DeleteLocal d && d.expected().isFolder()) {
        if (here == null) {
          here = holders(withoutLitter(local.ignored(rules)));
        }
        if (here.contains(d.path())) {
          kept.add(d.path());
          continue;
        }
      }
      actions.add(action);
    }
    if (actions.size() == plan.actions().size()) {
      return plan;
    }
    return new Plan(actions, plan.conflicts(), plan.skipped(), plan.safety());
  }

  /** What the rules change in this run, given the filtered local scan and OSF listing. */
  IgnoreReport report(Snapshot localNow, Snapshot listed, Snapshot remoteNow) {
    List<String> recorded = stored.ignoreRules();
    List<String> now = lines(rules.patterns());
    List<String> before = recorded == null ? now : lines(recorded);
    boolean changed = !before.equals(now);
    List<RelPath> rejoining =
        changed
            ? rejoining(
                IgnoreRules.compile(before).excluding(rules.ownFiles()), localNow, remoteNow)
            : List.of();
    return new IgnoreReport(
        changed,
        minus(now, before),
        minus(before, now),
        rules.topIgnored(stored.base()),
        rejoining,
        rules.topIgnored(listed),
        kept);
  }

  /** Paths on either side, not in the index, that the {@code old} rules ignored. */
  private List<RelPath> rejoining(IgnoreRules old, Snapshot localNow, Snapshot remoteNow) {
    TreeMap<RelPath, Entry> both = new TreeMap<>(remoteNow.entries());
    both.putAll(localNow.entries());
    List<RelPath> rejoining = new ArrayList<>();
    @Nullable RelPath last = null;
    for (Entry entry : both.values()) {
      RelPath path = entry.path();
      boolean inside = last != null && last.isAncestorOf(path);
      if (!inside && !base.contains(path) && old.ignores(path, entry.isFolder())) {
        rejoining.add(path);
        last = path;
      }
    }
    return rejoining;
  }

  /** OS litter does not keep a local folder: it is deleted with it (NioLocalFiles#delete). */
  private static List<RelPath> withoutLitter(List<RelPath> ignored) {
    return ignored.stream().filter(p -> !IgnoreRules.OS_LITTER.contains(p.name())).toList();
  }

  /** Every parent folder of {@code ignored}. */
  private static Set<RelPath> holders(List<RelPath> ignored) {
    Set<RelPath> folders = new HashSet<>();
    for (RelPath path : ignored) {
      for (RelPath p = path.parent().orElse(null); p != null; p = p.parent().orElse(null)) {
        if (!folders.add(p)) {
          break;
        }
      }
    }
    return folders;
  }

  /** The lines that are rules (no blank lines, no comments), trailing spaces removed. */
  private static List<String> lines(List<String> patterns) {
    List<String> lines = new ArrayList<>();
    for (String line : patterns) {
      String text = line.stripTrailing();
      if (!text.isEmpty() && !text.startsWith("#")) {
        lines.add(text);
      }
    }
    return lines;
  }

  private static List<String> minus(List<String> from, List<String> taken) {
    Set<String> result = new LinkedHashSet<>(from);
    taken.forEach(result::remove);
    return List.copyOf(result);
  }
}
