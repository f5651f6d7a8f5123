package io.github.osf4j.core;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a verification found: how many paths were checked and every path where the local folder, OSF
 * and the index (the state at the last sync) do not all agree.
 *
 * @param checked the paths seen on any of the three (files and folders)
 * @param mismatches one per path that differs, in path order
 */
public record VerifyReport(int checked, List<VerifyReport.Mismatch> mismatches) {

  public VerifyReport {
    mismatches = List.copyOf(mismatches);
  }

  /** Whether the local folder, OSF and the index all agree. */
  public boolean allAgree() {
    return mismatches.isEmpty();
  }

  /** How one side stands against the index. */
  public enum State {
    /** Same content as the index. */
    UNCHANGED,
    /** In the index, with other content (or of the other kind) here. */
    CHANGED,
    /** Here, but not in the index. */
    NEW,
    /** In the index, but not here. */
    MISSING,
    /** Neither here nor in the index. */
    ABSENT,
    /** This side could not read or name the path. */
    UNREADABLE
  }

  /**
   * One path where the three do not agree.
   *
   * @param path the path
   * @param local the local file against the index
   * @param osf the OSF file against the index
   * @param sidesMatch whether the local folder and OSF hold the same content (both absent counts)
   * @param problem why a side could not read the path, or null
   */
  public record Mismatch(
      RelPath path, State local, State osf, boolean sidesMatch, @Nullable String problem) {

    public Mismatch {
      requireNonNull(path, "path");
      requireNonNull(local, "local");
      requireNonNull(osf, "osf");
    }
  }
}
