package io.github.osf4j.cli;

import io.github.osf4j.core.Action;
import io.github.osf4j.core.Conflict;
import io.github.osf4j.core.Plan;
import io.github.osf4j.core.Skip;
import io.github.osf4j.core.SyncReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Plain-text lines for a plan and a sync report, for people and for logs. */
final class TextOutput {
  static final String IN_SYNC = "In sync: nothing to do.";

  private TextOutput() {}

  /** The plan, one line per action, conflict, skipped path and safety reason. */
  static List<String> plan(Plan plan) {
    return plan(plan, IN_SYNC);
  }

  /** The plan, with {@code nothing} as the summary when the plan holds nothing at all. */
  static List<String> plan(Plan plan, String nothing) {
    List<String> lines = new ArrayList<>();
    List<Action> changes = Plans.changes(plan);
    for (Action action : changes) {
      lines.add("  " + describe(action));
    }
    for (Conflict conflict : plan.conflicts()) {
      lines.add("  conflict       " + describe(conflict));
    }
    for (Skip skip : plan.skipped()) {
      lines.add("  skip           " + skip.path() + ": " + skip.reason());
    }
    for (String reason : Plans.unsafeReasons(plan)) {
      lines.add("  UNSAFE         " + reason);
    }
    if (plan.safety().isSafe() || !changes.isEmpty() || !plan.conflicts().isEmpty()) {
      lines.add(summary(changes.size(), plan.conflicts().size(), plan.skipped().size(), nothing));
    }
    return lines;
  }

  /** The outcome of a sync: failures and skips in full, then one summary line. */
  static List<String> report(SyncReport report) {
    List<String> lines = new ArrayList<>();
    for (SyncReport.Failure failure : report.failed()) {
      lines.add("  failed         " + describe(failure.action()) + ": " + failure.message());
    }
    for (Skip skip : report.skipped()) {
      lines.add("  skipped        " + skip.path() + ": " + skip.reason());
    }
    int done = Plans.changes(report.done()).size();
    lines.add(
        String.format(
            Locale.ROOT,
            "Done: %d %s, %d failed, %d skipped.",
            done,
            done == 1 ? "change" : "changes",
            report.failed().size(),
            report.skipped().size()));
    return lines;
  }

  /** {@code Backed up 3 local files before changing them: FOLDER}, when the run backed any up. */
  static Optional<String> backups(SyncReport report) {
    String folder = report.backupFolder();
    int count = report.backedUp().size();
    if (folder == null || count == 0) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            Locale.ROOT,
            "Backed up %d local %s before changing %s: %s",
            count,
            count == 1 ? "file" : "files",
            count == 1 ? "it" : "them",
            folder));
  }

  /** {@code upload a/b.txt}, {@code move-remote a.txt -> b.txt}. */
  static String describe(Action action) {
    String target = action.path().value();
    if (action instanceof Action.MoveRemote move) {
      target = move.from() + " -> " + target;
    } else if (action instanceof Action.MoveLocal move) {
      target = move.from() + " -> " + target;
    }
    return String.format(Locale.ROOT, "%-14s %s", action.type(), target);
  }

  /** {@code notes.txt: both changed; the OSF version keeps the name, local kept as COPY}. */
  static String describe(Conflict conflict) {
    String what = kind(conflict.kind());
    String winner = conflict.winner() == Conflict.Side.LOCAL ? "local" : "OSF";
    String loser = conflict.winner() == Conflict.Side.LOCAL ? "OSF" : "local";
    String copy =
        conflict.copy().map(c -> "; the " + loser + " version is kept as " + c).orElse("");
    return conflict.path() + ": " + what + "; the " + winner + " version keeps the name" + copy;
  }

  private static String kind(Conflict.Kind kind) {
    return switch (kind) {
      case CREATE_CREATE -> "created on both sides";
      case MODIFY_MODIFY -> "changed on both sides";
      case MODIFY_DELETE -> "changed here, deleted on OSF";
      case DELETE_MODIFY -> "deleted here, changed on OSF";
      case TYPE -> "a folder on one side, a file on the other";
    };
  }

  private static String summary(int actions, int conflicts, int skipped, String nothing) {
    if (actions == 0 && conflicts == 0 && skipped == 0) {
      return nothing;
    }
    return String.format(
        Locale.ROOT,
        "%d %s, %d %s, %d skipped.",
        actions,
        actions == 1 ? "change" : "changes",
        conflicts,
        conflicts == 1 ? "conflict" : "conflicts",
        skipped);
  }
}
