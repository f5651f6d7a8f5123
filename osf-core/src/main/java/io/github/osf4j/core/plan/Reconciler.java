package io.github.osf4j.core.plan;

import static io.github.osf4j.core.Conflict.Side.LOCAL;
import static io.github.osf4j.core.Conflict.Side.REMOTE;
import static java.util.Objects.requireNonNull;

import io.github.osf4j.core.Conflict;
import io.github.osf4j.core.ConflictPolicy;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.LocalStamp;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.Snapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Applies the decision table path by path: decides each path's end state (children before parents,
 * so a folder that still holds a survivor is kept), then derives the actions of both sides from it
 * (parents before children). Single use, not thread-safe.
 */
final class Reconciler {

  private final Snapshot base;
  private final Snapshot local;
  private final Snapshot remote;
  private final Set<RelPath> skipped;
  private final ConflictPolicy policy;
  private final ConflictNames names;
  private final ActionSink sink = new ActionSink();

  Reconciler(
      Snapshot base,
      Snapshot local,
      Snapshot remote,
      Set<RelPath> skipped,
      ConflictPolicy policy,
      ConflictNames names) {
    this.base = base;
    this.local = local;
    this.remote = remote;
    this.skipped = skipped;
    this.policy = policy;
    this.names = names;
  }

  /** Decides every path and returns the actions (unordered) and conflicts (in path order). */
  ActionSink run() {
    List<Verdict> verdicts = decideAll();
    for (int i = verdicts.size() - 1; i >= 0; i--) {
      derive(verdicts.get(i));
    }
    return sink;
  }

  private List<Verdict> decideAll() {
    NavigableSet<RelPath> paths = new TreeSet<>(base.entries().keySet());
    paths.addAll(local.entries().keySet());
    paths.addAll(remote.entries().keySet());
    Set<RelPath> needsFolder = new HashSet<>();
    skipped.forEach(root -> markAncestors(root, needsFolder));
    List<Verdict> verdicts = new ArrayList<>();
    for (RelPath path : paths.descendingSet()) {
      if (isSkipped(path)) {
        continue;
      }
      Verdict verdict = decide(path);
      if (needsFolder.contains(path)) {
        verdict = keepFolder(verdict);
      }
      if (verdict.target() != null) {
        markAncestors(path, needsFolder);
      }
      verdicts.add(verdict);
    }
    return verdicts;
  }

  private Verdict decide(RelPath path) {
    Entry b = base.find(path);
    Entry l = local.find(path);
    Entry r = remote.find(path);
    boolean localChanged = !same(l, b);
    boolean remoteChanged = !same(r, b);
    if (!remoteChanged && !localChanged && b != null) {
      // R1 with the index as the target: it carries both the hashes and OSF's file reference,
      // so a side that lacks one of them (OSF listed the file without hashes) still agrees.
      return Verdict.take(path, b, LOCAL);
    }
    if (!remoteChanged || same(l, r)) {
      return Verdict.take(path, l, LOCAL); // R1, R2, R4, R12, R14 (equal)
    }
    if (!localChanged) {
      return Verdict.take(path, r, REMOTE); // R3
    }
    if (l == null) {
      return deletedVersusChanged(path, requireNonNull(b), requireNonNull(r), REMOTE);
    }
    if (r == null) {
      return deletedVersusChanged(path, requireNonNull(b), l, LOCAL);
    }
    if (l.isFolder() || r.isFolder()) {
      Conflict.Side folder = l.isFolder() ? LOCAL : REMOTE; // R9
      return Verdict.conflict(
          path, folder == LOCAL ? l : r, folder, Verdict.other(folder), Conflict.Kind.TYPE);
    }
    Conflict.Kind kind =
        b != null && b.isFile() ? Conflict.Kind.MODIFY_MODIFY : Conflict.Kind.CREATE_CREATE;
    return localKeepsTheName(l, r)
        ? Verdict.conflict(path, l, LOCAL, REMOTE, kind) // R5, R6
        : Verdict.conflict(path, r, REMOTE, LOCAL, kind);
  }

  /**
   * R5, R6: whether the local version keeps the name. {@code PREFER_NEWER} compares the local
   * file's modification time with OSF's {@code modified_utc}; the remote version wins a tie, and
   * wins when either time is unknown.
   */
  private boolean localKeepsTheName(Entry l, Entry r) {
    return switch (policy) {
      case PREFER_LOCAL -> true;
      case KEEP_BOTH -> false;
      case PREFER_NEWER -> {
        LocalStamp stamp = l.stamp();
        Instant remoteTime = r.modified();
        yield stamp != null
            && remoteTime != null
            && Instant.ofEpochMilli(stamp.modifiedMillis()).isAfter(remoteTime);
      }
    };
  }

  /**
   * R7, R8: one side deleted, the other changed; the changed version wins. (Both changed and one is
   * absent, so the base is not.)
   */
  private static Verdict deletedVersusChanged(
      RelPath path, Entry b, Entry survivor, Conflict.Side side) {
    if (b.isFolder() || survivor.isFolder()) {
      return Verdict.take(path, survivor, side);
    }
    Conflict.Kind kind = side == LOCAL ? Conflict.Kind.MODIFY_DELETE : Conflict.Kind.DELETE_MODIFY;
    return Verdict.conflict(path, survivor, side, null, kind);
  }

  /**
   * R9, R10: a descendant survives, so the path stays a folder (only its kind matters to the
   * actions); a file there becomes a copy.
   */
  private static Verdict keepFolder(Verdict verdict) {
    Entry target = verdict.target();
    RelPath path = verdict.path();
    if (target == null) {
      return new Verdict(path, Entry.folder(path), null, null, null);
    }
    if (target.isFolder()) {
      return verdict;
    }
    Conflict.Side fileSide = verdict.source() == LOCAL ? LOCAL : REMOTE;
    return Verdict.conflict(
        path, Entry.folder(path), Verdict.other(fileSide), fileSide, Conflict.Kind.TYPE);
  }

  private void derive(Verdict verdict) {
    RelPath path = verdict.path();
    Entry l = local.find(path);
    Entry r = remote.find(path);
    int before = sink.size();
    Optional<RelPath> copy = Optional.empty();
    Conflict.Side copySide = verdict.copy();
    if (copySide != null) {
      copy = Optional.of(names.copyFor(path, copySide));
      sink.copy(copySide, path, copy.get(), requireNonNull(copySide == LOCAL ? l : r));
      l = copySide == LOCAL ? null : l;
      r = copySide == REMOTE ? null : r;
    }
    Conflict.Kind kind = verdict.kind();
    if (kind != null) {
      sink.conflict(new Conflict(path, kind, copy, requireNonNull(verdict.source())));
    }
    Entry target = verdict.target();
    sink.converge(path, l, target, LOCAL);
    sink.converge(path, r, target, REMOTE);
    if (sink.size() == before && !same(target, base.find(path))) {
      sink.record(path, target == null ? null : merged(path));
    }
  }

  /** The entry to record where both sides already agree: local stamp, remote reference. */
  private Entry merged(RelPath path) {
    return requireNonNull(local.find(path)).withRemote(requireNonNull(remote.find(path)).remote());
  }

  private boolean isSkipped(RelPath path) {
    return isUnder(path, skipped);
  }

  /** Whether {@code path} or one of its ancestors is among {@code roots}. */
  static boolean isUnder(RelPath path, Set<RelPath> roots) {
    for (RelPath p = path; ; p = p.parent().orElseThrow()) {
      if (roots.contains(p)) {
        return true;
      }
      if (p.parent().isEmpty()) {
        return false;
      }
    }
  }

  private static void markAncestors(RelPath path, Set<RelPath> marks) {
    Optional<RelPath> parent = path.parent();
    while (parent.isPresent() && marks.add(parent.get())) {
      parent = parent.get().parent();
    }
  }

  static boolean same(@Nullable Entry a, @Nullable Entry b) {
    return a == null ? b == null : b != null && a.sameContentAs(b);
  }
}
