package io.github.osf4j.bench;

import org.jspecify.annotations.Nullable;

/**
 * One line of the result table: what was measured, the osf4j figure, the reference it is compared
 * with, the target and whether it was met (null: no target, shown for context).
 */
record Row(
    String bench,
    String metric,
    String figure,
    String reference,
    String target,
    @Nullable Boolean pass) {

  static Row info(String bench, String metric, String figure, String reference) {
    return new Row(bench, metric, figure, reference, "-", null);
  }

  String verdict() {
    Boolean p = pass;
    return p == null ? "" : p ? "PASS" : "MISS";
  }
}
