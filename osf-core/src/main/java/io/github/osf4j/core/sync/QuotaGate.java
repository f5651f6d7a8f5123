package io.github.osf4j.core.sync;

import io.github.osf4j.core.Action;
import io.github.osf4j.core.Plan;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.Skip;
import io.github.osf4j.core.StorageCheck;
import io.github.osf4j.core.StorageUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Leaves out of a plan the uploads that would take the project over its storage quota, before any
 * byte is sent (OSF reads a whole upload before refusing it with 507). Uploads are taken in plan
 * order while they fit; a smaller later one may still fit after a larger one was left out. Every
 * upload counts in full, a new version of an existing file too (OSF keeps all versions); deletions
 * in the same run are not counted as freeing space, as OSF updates its figure later. An action that
 * must wait for a left-out upload (the same path, inside or around it) is left out too.
 */
final class QuotaGate {
  static final String REASON = "not uploaded: it would take the project over its OSF storage quota";

  private QuotaGate() {}

  /** The plan with what does not fit moved to its skipped paths, and the check's findings. */
  static Result check(Plan plan, StorageUsage usage) {
    return check(plan, usage, path -> true, REASON, null);
  }

  /**
   * As {@link #check(Plan, StorageUsage)} for the uploads into one node's storage ({@code inNode}
   * says which paths are there), leaving other uploads as they are; {@code reason} is the skip's,
   * {@code component} the node's title (null: the project).
   */
  static Result check(
      Plan plan,
      StorageUsage usage,
      Predicate<RelPath> inNode,
      String reason,
      @Nullable String component) {
    long room = usage.limitBytes() - usage.usedBytes();
    int uploads = 0;
    long planned = 0;
    List<Action> kept = new ArrayList<>();
    List<Skip> skips = new ArrayList<>(plan.skipped());
    List<Action.Upload> left = new ArrayList<>();
    ExecutorPaths leftOut = new ExecutorPaths();
    for (Action action : plan.actions()) {
      Optional<RelPath> waitsFor = leftOut.related(action);
      if (waitsFor.isPresent()) {
        skips.add(new Skip(action.path(), "waits for " + waitsFor.get() + ", " + reason));
        leftOut.add(action);
      } else if (action instanceof Action.Upload upload && inNode.test(upload.path())) {
        long size = upload.source().size();
        uploads++;
        planned += size;
        if (size <= room) {
          room -= size;
          kept.add(action);
        } else {
          left.add(upload);
          skips.add(new Skip(action.path(), reason));
          leftOut.add(action);
        }
      } else {
        kept.add(action);
      }
    }
    Plan checked = left.isEmpty() ? plan : new Plan(kept, plan.conflicts(), skips, plan.safety());
    return new Result(checked, new StorageCheck(usage, uploads, planned, left, component));
  }

  /** The plan to run and what the check found. */
  record Result(Plan plan, StorageCheck check) {}
}
