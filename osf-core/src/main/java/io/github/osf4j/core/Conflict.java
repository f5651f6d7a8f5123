package io.github.osf4j.core;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A path both sides changed, and how the plan keeps both versions.
 *
 * @param path the contested path
 * @param kind which rule of docs/SYNC-RULES.md applies
 * @param copy where the losing version is kept, empty when no copy is needed (R7, R8)
 * @param winner which side's version keeps {@code path}
 */
public record Conflict(RelPath path, Kind kind, Optional<RelPath> copy, Side winner) {

  public Conflict {
    requireNonNull(path, "path");
    requireNonNull(kind, "kind");
    requireNonNull(copy, "copy");
    requireNonNull(winner, "winner");
  }

  /** The kinds of conflict of the decision table. */
  public enum Kind {
    /** R5: both created different files. */
    CREATE_CREATE,
    /** R6: both modified a file differently. */
    MODIFY_MODIFY,
    /** R7: modified locally, deleted remotely; the local file is uploaded again. */
    MODIFY_DELETE,
    /** R8: deleted locally, modified remotely; the remote file is downloaded again. */
    DELETE_MODIFY,
    /** R9: a folder on one side, a changed file on the other. */
    TYPE
  }

  /** The two sides. */
  public enum Side {
    LOCAL,
    REMOTE
  }
}
