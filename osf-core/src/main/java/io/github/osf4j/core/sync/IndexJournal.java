package io.github.osf4j.core.sync;

import io.github.osf4j.core.Entry;
import io.github.osf4j.core.ProjectState;
import io.github.osf4j.core.ProjectStore;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.Snapshot;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The index as a run advances it, saved in small batches (every two seconds, or every {@value
 * #BATCH} changes, or every 1/{@value #SHARE} of the index's size when that is more) so that a
 * crash loses little. Each save writes the whole index, so a batch that grows with the index keeps
 * a large first sync from spending its time rewriting the project file. A failed intermediate save
 * does not stop the run; the final {@link #finish} reports it. Thread-safe.
 */
final class IndexJournal implements IndexRecorder {
  static final int BATCH = 25;

  /** A batch is at least this fraction of the index's size (1/16). */
  static final int SHARE = 16;

  private static final Duration INTERVAL = Duration.ofSeconds(2);

  private final ProjectStore store;
  private final ProjectState initial;
  private final Clock clock;
  private final Snapshot.Builder index;
  private int unsaved;
  private boolean wrote;
  private int size;
  private Instant lastSave;
  private @Nullable IOException failure;

  IndexJournal(ProjectStore store, ProjectState state, Clock clock) {
    this.store = store;
    this.initial = state;
    this.clock = clock;
    this.index = state.base().toBuilder();
    this.size = state.base().size();
    this.lastSave = clock.instant();
  }

  @Override
  public synchronized void record(RelPath path, Optional<Entry> entry) {
    if (entry.isPresent()) {
      index.put(entry.get());
    } else {
      index.remove(path);
    }
    unsaved++;
    // An upper bound (a replaced entry counts again): the batch only needs the order of magnitude.
    size++;
    Instant now = clock.instant();
    int batch = Math.max(BATCH, size / SHARE);
    if (failure == null && (unsaved >= batch || !now.isBefore(lastSave.plus(INTERVAL)))) {
      try {
        save();
      } catch (IOException e) {
        failure = e;
      }
    }
  }

  /** The state as recorded so far. */
  synchronized ProjectState state() {
    return initial.withBase(index.build());
  }

  /**
   * Saves what was recorded and not saved yet (a run that recorded nothing writes nothing); throws
   * when this or an earlier save failed.
   */
  synchronized ProjectState finish() throws IOException {
    if (unsaved == 0 && failure == null) {
      return state();
    }
    try {
      save();
    } catch (IOException e) {
      if (failure != null) {
        e.addSuppressed(failure);
      }
      throw e;
    }
    return state();
  }

  /** Whether this journal wrote the project file at least once. */
  synchronized boolean wrote() {
    return wrote;
  }

  private void save() throws IOException {
    store.save(state());
    wrote = true;
    unsaved = 0;
    lastSave = clock.instant();
  }
}
