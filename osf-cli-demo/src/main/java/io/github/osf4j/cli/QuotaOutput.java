package io.github.osf4j.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.osf4j.core.Action;
import io.github.osf4j.core.StorageCheck;
import io.github.osf4j.core.StorageUsage;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What status and sync say about a project's storage quota, as text and as JSON. */
final class QuotaOutput {
  private QuotaOutput() {}

  /**
   * {@code the planned uploads (5 files, 2.5 MB) would exceed the storage quota of this private
   * project (1.0 MB, 100.0 kB used) by 1.6 MB: 3 uploads (2.1 MB) skipped; ...}, when the check
   * skipped uploads.
   */
  static Optional<String> skipped(@Nullable StorageCheck check) {
    if (check == null || check.skipped().isEmpty()) {
      return Optional.empty();
    }
    StorageUsage usage = check.usage();
    int skipped = check.skipped().size();
    return Optional.of(
        String.format(
            Locale.ROOT,
            "the planned uploads (%s, %s) would exceed the storage quota of %s"
                + " (%s, %s used) by %s: %s (%s) skipped; free space on OSF (every version of a"
                + " file counts) and sync again",
            files(check.plannedUploads()),
            Sizes.human(check.plannedBytes()),
            check.component() == null
                ? "this " + kind(usage) + " project"
                : "the " + kind(usage) + " component '" + check.component() + "'",
            Sizes.human(usage.limitBytes()),
            Sizes.human(usage.usedBytes()),
            Sizes.human(check.overByBytes()),
            skipped == 1 ? "1 upload" : skipped + " uploads",
            Sizes.human(check.skippedBytes())));
  }

  /**
   * {@code Storage: 950.0 kB of the 1.0 MB quota used (95 %) in this private project}, when the use
   * is near (90 % or more) or over the quota.
   */
  static Optional<String> usage(@Nullable StorageUsage usage) {
    if (usage == null || !usage.isNear()) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            Locale.ROOT,
            "Storage: %s of the %s quota used (%d %%%s) in this %s project",
            Sizes.human(usage.usedBytes()),
            Sizes.human(usage.limitBytes()),
            usage.percent(),
            usage.isOver() ? ", over the quota: OSF refuses uploads" : "",
            kind(usage)));
  }

  /**
   * Adds {@code "storage":{"usedBytes":N,"quotaBytes":N,"public":false,"percent":N,"near":B,
   * "over":B,"plannedUploads":N,"plannedUploadBytes":N,"overByBytes":N,"skippedUploads":[...],
   * "skippedUploadBytes":N}} when OSF gave the project's use ({@code null} otherwise).
   */
  static void json(ObjectNode out, @Nullable StorageUsage usage, @Nullable StorageCheck check) {
    StorageUsage known = check != null ? check.usage() : usage;
    if (known == null) {
      out.putNull("storage");
      return;
    }
    ObjectNode storage = out.putObject("storage");
    storage
        .put("usedBytes", known.usedBytes())
        .put("quotaBytes", known.limitBytes())
        .put("public", known.isPublic())
        .put("percent", known.percent())
        .put("near", known.isNear())
        .put("over", known.isOver())
        .put("plannedUploads", check == null ? 0 : check.plannedUploads())
        .put("plannedUploadBytes", check == null ? 0 : check.plannedBytes())
        .put("overByBytes", check == null ? 0 : check.overByBytes());
    ArrayNode skipped = storage.putArray("skippedUploads");
    if (check != null) {
      for (Action.Upload upload : check.skipped()) {
        skipped.add(upload.path().value());
      }
    }
    storage.put("skippedUploadBytes", check == null ? 0 : check.skippedBytes());
  }

  private static String files(int n) {
    return n == 1 ? "1 file" : n + " files";
  }

  private static String kind(StorageUsage usage) {
    return usage.isPublic() ? "public" : "private";
  }
}
