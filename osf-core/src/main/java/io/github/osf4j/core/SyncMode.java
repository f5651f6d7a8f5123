package io.github.osf4j.core;

/**
 * Which sides a run may change (docs/SYNC-RULES.md, "One-way modes"). All modes plan from the same
 * index, so they can be mixed freely.
 */
public enum SyncMode {
  /** Both sides: changes travel either way; conflicts follow {@link ConflictPolicy}. */
  BOTH_WAYS,
  /**
   * Local to OSF only: never changes the local folder. A version on OSF that changed since the last
   * sync is never overwritten or deleted.
   */
  PUSH,
  /**
   * OSF to local only: never changes OSF. A local version that changed since the last sync is never
   * overwritten or deleted.
   */
  PULL
}
