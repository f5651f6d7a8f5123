package io.github.osf4j.core;

import java.util.List;

/**
 * How the ignore rules shape a run, for {@code status}: the patterns added and removed since the
 * index was recorded, the paths that leave the sync (dropped from the index, no action on either
 * side) or rejoin it (as on a first sync), the ignored paths on OSF, and the folders left in place
 * because they still hold ignored files.
 *
 * @param rulesChanged whether the patterns differ from those recorded with the index (false when
 *     none were recorded, as in older project files)
 * @param added patterns in effect now and not when the index was recorded
 * @param removed patterns recorded with the index and no longer in effect
 * @param leaving indexed paths that are ignored now (their parent is not)
 * @param rejoining paths that the recorded patterns ignored and the current ones do not
 * @param ignoredOnOsf ignored paths in the OSF listing (their parent is not)
 * @param keptFolders folders a deletion would remove although they hold ignored files
 */
public record IgnoreReport(
    boolean rulesChanged,
    List<String> added,
    List<String> removed,
    List<RelPath> leaving,
    List<RelPath> rejoining,
    List<RelPath> ignoredOnOsf,
    List<RelPath> keptFolders) {

  public IgnoreReport {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    leaving = List.copyOf(leaving);
    rejoining = List.copyOf(rejoining);
    ignoredOnOsf = List.copyOf(ignoredOnOsf);
    keptFolders = List.copyOf(keptFolders);
  }
}
