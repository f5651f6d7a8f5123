package io.github.osf4j.cli;

import io.github.osf4j.core.Action;
import io.github.osf4j.core.Plan;
import io.github.osf4j.core.Safety;
import java.util.List;

/** Small questions the command asks of a plan. */
final class Plans {
  private Plans() {}

  /** Why the plan may not run; empty when it is safe. */
  static List<String> unsafeReasons(Plan plan) {
    Safety safety = plan.safety();
    return safety instanceof Safety.Unsafe unsafe ? unsafe.reasons() : List.of();
  }

  /** The actions that change something (index-only records left out). */
  static List<Action> changes(Plan plan) {
    return changes(plan.actions());
  }

  /** {@code actions} without the index-only records. */
  static List<Action> changes(List<Action> actions) {
    return actions.stream().filter(a -> !(a instanceof Action.RecordOnly)).toList();
  }

  /** Bytes an action transfers: the file size for uploads and downloads, else 0. */
  static long bytes(Action action) {
    if (action instanceof Action.Upload upload) {
      return upload.source().size();
    }
    if (action instanceof Action.Download download) {
      return download.source().size();
    }
    return 0;
  }
}
