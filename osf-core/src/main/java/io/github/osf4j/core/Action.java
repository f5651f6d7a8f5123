package io.github.osf4j.core;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One step of a plan. Each carries what its target must still be when the step runs (P7): the
 * executor re-checks it and skips the step when the target changed meanwhile.
 */
public sealed interface Action {

  /** The path the action changes (for moves, the destination). */
  RelPath path();

  /** A short lowercase name for output: upload, download, mkdir-remote, ... */
  String type();

  /** Create or replace the remote file at {@code path} with the local file {@code source}. */
  record Upload(RelPath path, Entry source, Optional<Entry> expectedRemote) implements Action {
    public Upload {
      requireNonNull(path, "path");
      requireNonNull(source, "source");
      requireNonNull(expectedRemote, "expectedRemote");
    }

    @Override
    public String type() {
      return "upload";
    }
  }

  /** Create or replace the local file at {@code path} with the remote file {@code source}. */
  record Download(RelPath path, Entry source, Optional<Entry> expectedLocal) implements Action {
    public Download {
      requireNonNull(path, "path");
      requireNonNull(source, "source");
      requireNonNull(expectedLocal, "expectedLocal");
    }

    @Override
    public String type() {
      return "download";
    }
  }

  /** Create a remote folder (its parent exists or is created by an earlier action). */
  record MkdirRemote(RelPath path) implements Action {
    public MkdirRemote {
      requireNonNull(path, "path");
    }

    @Override
    public String type() {
      return "mkdir-remote";
    }
  }

  /** Create a local folder. */
  record MkdirLocal(RelPath path) implements Action {
    public MkdirLocal {
      requireNonNull(path, "path");
    }

    @Override
    public String type() {
      return "mkdir-local";
    }
  }

  /** Delete a remote file or folder that is still {@code expected}. */
  record DeleteRemote(RelPath path, Entry expected) implements Action {
    public DeleteRemote {
      requireNonNull(path, "path");
      requireNonNull(expected, "expected");
    }

    @Override
    public String type() {
      return "delete-remote";
    }
  }

  /** Delete a local file or (empty) folder that is still {@code expected}. */
  record DeleteLocal(RelPath path, Entry expected) implements Action {
    public DeleteLocal {
      requireNonNull(path, "path");
      requireNonNull(expected, "expected");
    }

    @Override
    public String type() {
      return "delete-local";
    }
  }

  /** Move or rename the remote {@code expected} (at {@code from}) to {@code path}. */
  record MoveRemote(RelPath from, RelPath path, Entry expected) implements Action {
    public MoveRemote {
      requireNonNull(from, "from");
      requireNonNull(path, "path");
      requireNonNull(expected, "expected");
    }

    @Override
    public String type() {
      return "move-remote";
    }
  }

  /** Move or rename the local {@code expected} (at {@code from}) to {@code path}. */
  record MoveLocal(RelPath from, RelPath path, Entry expected) implements Action {
    public MoveLocal {
      requireNonNull(from, "from");
      requireNonNull(path, "path");
      requireNonNull(expected, "expected");
    }

    @Override
    public String type() {
      return "move-local";
    }
  }

  /**
   * No transfer: both sides already agree (R4, R14). Records {@code entry} in the index, or drops
   * the path from it when empty.
   */
  record RecordOnly(RelPath path, Optional<Entry> entry) implements Action {
    public RecordOnly {
      requireNonNull(path, "path");
      requireNonNull(entry, "entry");
    }

    @Override
    public String type() {
      return "record";
    }
  }
}
