package io.github.osf4j.core.sync;

import io.github.osf4j.core.Entry;
import io.github.osf4j.core.RelPath;
import java.io.IOException;
import java.util.Optional;

/**
 * Told each change of the index (the new base) as actions finish, so it can be saved while a run
 * goes on and a crash loses at most the actions in flight. Calls are serialised by the executor.
 */
@FunctionalInterface
interface IndexRecorder {

  /** The index now holds {@code entry} at {@code path}, or nothing when empty. */
  void record(RelPath path, Optional<Entry> entry) throws IOException;
}
