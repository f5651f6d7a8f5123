package io.github.osf4j.core.plan;

import io.github.osf4j.core.Conflict;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.RelPath;
import org.jspecify.annotations.Nullable;

/**
 * What one path should be after the sync.
 *
 * @param path the path
 * @param target the state both sides end in at {@code path}, null for absent
 * @param source the side {@code target} comes from (null when absent or made up)
 * @param copy the side whose version moves to a conflict copy first, or null
 * @param kind the conflict to report, or null
 */
record Verdict(
    RelPath path,
    @Nullable Entry target,
    Conflict.@Nullable Side source,
    Conflict.@Nullable Side copy,
    Conflict.@Nullable Kind kind) {

  static Verdict take(RelPath path, @Nullable Entry target, Conflict.Side source) {
    return new Verdict(path, target, target == null ? null : source, null, null);
  }

  static Verdict conflict(
      RelPath path,
      Entry target,
      Conflict.Side source,
      Conflict.@Nullable Side copy,
      Conflict.Kind kind) {
    return new Verdict(path, target, source, copy, kind);
  }

  static Conflict.Side other(Conflict.Side side) {
    return side == Conflict.Side.LOCAL ? Conflict.Side.REMOTE : Conflict.Side.LOCAL;
  }
}
