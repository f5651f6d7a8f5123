package io.github.osf4j.core;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the quota check before a sync found: the project's storage use, what the plan would upload,
 * and the uploads left out because they do not fit in the quota.
 *
 * @param usage the project's storage use and quota before the run
 * @param plannedUploads how many uploads the plan had
 * @param plannedBytes their bytes; each is stored as a new version and adds its whole size
 * @param skipped the uploads left out of the plan, in plan order
 * @param component the title of the component whose storage this is, or null for the project's
 */
public record StorageCheck(
    StorageUsage usage,
    int plannedUploads,
    long plannedBytes,
    List<Action.Upload> skipped,
    @Nullable String component) {

  public StorageCheck {
    requireNonNull(usage, "usage");
    skipped = List.copyOf(skipped);
  }

  /** The check of the project's own storage. */
  public StorageCheck(
      StorageUsage usage, int plannedUploads, long plannedBytes, List<Action.Upload> skipped) {
    this(usage, plannedUploads, plannedBytes, skipped, null);
  }

  /** The bytes of the uploads left out. */
  public long skippedBytes() {
    return skipped.stream().mapToLong(u -> u.source().size()).sum();
  }

  /** By how much all planned uploads together would exceed the quota; 0 when they fit. */
  public long overByBytes() {
    return Math.max(0, usage.usedBytes() + plannedBytes - usage.limitBytes());
  }
}
