package io.github.osf4j.core;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Compares a fresh local scan, an OSF listing and the index path by path (for {@code verify}).
 * Pure: reads the snapshots only.
 *
 * <p>Content is compared by {@link Entry#sameContentAs}: size and sha256 (or md5); a file OSF lists
 * without any hash counts as unchanged on OSF when its OSF id and version are the index's.
 */
public final class Verifier {

  private Verifier() {}

  /** Every path where {@code local}, {@code remote} and {@code index} do not all agree. */
  public static VerifyReport compare(Snapshot local, Snapshot remote, Snapshot index) {
    TreeSet<RelPath> paths = new TreeSet<>();
    for (Snapshot s : List.of(local, remote, index)) {
      paths.addAll(s.entries().keySet());
    }
    paths.addAll(local.problems().keySet());
    paths.addAll(remote.problems().keySet());
    List<VerifyReport.Mismatch> mismatches = new ArrayList<>();
    for (RelPath path : paths) {
      Entry base = index.find(path);
      Entry here = local.find(path);
      Entry there = remote.find(path);
      String localProblem = local.problems().get(path);
      String remoteProblem = remote.problems().get(path);
      VerifyReport.State l = state(here, base, localProblem != null);
      VerifyReport.State o = state(there, base, remoteProblem != null);
      boolean match = sidesMatch(here, there, l, o);
      boolean agree =
          match
              && (l == VerifyReport.State.UNCHANGED || l == VerifyReport.State.ABSENT)
              && (o == VerifyReport.State.UNCHANGED || o == VerifyReport.State.ABSENT);
      if (!agree) {
        String problem = localProblem != null ? localProblem : remoteProblem;
        mismatches.add(new VerifyReport.Mismatch(path, l, o, match, problem));
      }
    }
    return new VerifyReport(paths.size(), mismatches);
  }

  private static VerifyReport.State state(
      @Nullable Entry side, @Nullable Entry base, boolean unreadable) {
    if (unreadable) {
      return VerifyReport.State.UNREADABLE;
    }
    if (side == null) {
      return base == null ? VerifyReport.State.ABSENT : VerifyReport.State.MISSING;
    }
    if (base == null) {
      return VerifyReport.State.NEW;
    }
    return side.sameContentAs(base) ? VerifyReport.State.UNCHANGED : VerifyReport.State.CHANGED;
  }

  /**
   * Whether both sides hold the same content. A hashless OSF file cannot be compared with the local
   * bytes directly; it matches when both sides are unchanged against the index.
   */
  private static boolean sidesMatch(
      @Nullable Entry here, @Nullable Entry there, VerifyReport.State l, VerifyReport.State o) {
    if (here == null || there == null) {
      return here == null && there == null;
    }
    if (here.sameContentAs(there)) {
      return true;
    }
    return here.isFile()
        && there.isFile()
        && !there.hasHash()
        && l == VerifyReport.State.UNCHANGED
        && o == VerifyReport.State.UNCHANGED;
  }
}
