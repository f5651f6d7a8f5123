package io.github.osf4j.core.plan;

import io.github.osf4j.core.Action;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.Safety;
import io.github.osf4j.core.Snapshot;
import io.github.osf4j.core.SyncOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The safety gates of docs/SYNC-RULES.md checked on a finished plan (P9): an emptied or missing
 * local root while the index is not empty, and too many deletions on either side. {@code force}
 * turns both off.
 */
final class SafetyGate {

  private SafetyGate() {}

  static Safety check(
      List<Action> actions, Snapshot base, Snapshot local, Snapshot remote, SyncOptions options) {
    if (options.force()) {
      return new Safety.Safe();
    }
    List<String> reasons = new ArrayList<>();
    if (local.isEmpty() && !base.isEmpty()) {
      reasons.add(
          String.format(
              Locale.ROOT,
              "the local folder is empty or missing, but the last sync recorded %d entries;"
                  + " check that the disk is mounted (use force to sync anyway)",
              base.size()));
    }
    long localDeletes = countFileDeletes(actions, true);
    long remoteDeletes = countFileDeletes(actions, false);
    deleteLimit(reasons, "local", localDeletes, local.fileCount(), options.maxDeletePercent());
    deleteLimit(reasons, "remote", remoteDeletes, remote.fileCount(), options.maxDeletePercent());
    return reasons.isEmpty() ? new Safety.Safe() : new Safety.Unsafe(reasons);
  }

  private static long countFileDeletes(List<Action> actions, boolean local) {
    return actions.stream()
        .filter(a -> local ? a instanceof Action.DeleteLocal : a instanceof Action.DeleteRemote)
        .filter(a -> deleted(a).isFile())
        .count();
  }

  private static Entry deleted(Action delete) {
    return delete instanceof Action.DeleteLocal d
        ? d.expected()
        : ((Action.DeleteRemote) delete).expected();
  }

  private static void deleteLimit(
      List<String> reasons, String side, long deletes, long files, int maxPercent) {
    if (deletes * 100 > files * maxPercent) {
      reasons.add(
          String.format(
              Locale.ROOT,
              "the sync would delete %d of %d %s files (%d %%), more than the limit of %d %%"
                  + " (use force to allow)",
              deletes,
              files,
              side,
              deletes * 100 / files,
              maxPercent));
    }
  }
}
