package io.github.osf4j.testkit.fakes;

import io.github.osf4j.core.ProjectFileException;
import io.github.osf4j.core.ProjectLockedException;
import io.github.osf4j.core.ProjectState;
import io.github.osf4j.core.ProjectStore;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A project file in memory, with every saved state recorded, a lock, and injectable failures. */
public final class InMemoryProjectStore implements ProjectStore {

  private @Nullable ProjectState state;
  private final List<ProjectState> saves = new ArrayList<>();
  private boolean locked;
  private boolean corrupt;
  private boolean savesFail;

  /** An empty store: no project file yet. */
  public InMemoryProjectStore() {}

  /** A store whose project file holds {@code state}. */
  public InMemoryProjectStore(ProjectState state) {
    this.state = state;
  }

  /** The current content of the project file. */
  public synchronized Optional<ProjectState> state() {
    return Optional.ofNullable(state);
  }

  /** Every state saved, oldest first. */
  public synchronized List<ProjectState> saves() {
    return List.copyOf(saves);
  }

  /** Whether a run holds the lock. */
  public synchronized boolean isLocked() {
    return locked;
  }

  /** Makes {@link #load} fail as for a corrupt file. */
  public synchronized void setCorrupt(boolean corrupt) {
    this.corrupt = corrupt;
  }

  /** Makes {@link #save} fail (a full disk). */
  public synchronized void setSavesFail(boolean fail) {
    this.savesFail = fail;
  }

  @Override
  public synchronized boolean exists() {
    return state != null;
  }

  @Override
  public synchronized ProjectState load() throws IOException {
    ProjectState current = state;
    if (current == null) {
      throw new FileNotFoundException("no project file");
    }
    if (corrupt) {
      throw new ProjectFileException("project file is corrupt (injected)");
    }
    return current;
  }

  @Override
  public synchronized void save(ProjectState newState) throws IOException {
    if (savesFail) {
      throw new IOException("disk full (injected)");
    }
    state = newState;
    saves.add(newState);
  }

  @Override
  public synchronized Lock lock() throws IOException {
    if (locked) {
      throw new ProjectLockedException("another run holds the lock");
    }
    locked = true;
    return () -> {
      synchronized (InMemoryProjectStore.this) {
        locked = false;
      }
    };
  }
}
