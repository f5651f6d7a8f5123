package io.github.osf4j.core.sync;

import static io.github.osf4j.core.sync.ExecutorOutcome.done;
import static io.github.osf4j.core.sync.ExecutorOutcome.failed;
import static io.github.osf4j.core.sync.ExecutorOutcome.notBackedUp;
import static io.github.osf4j.core.sync.ExecutorOutcome.skipped;

import io.github.osf4j.core.Action;
import io.github.osf4j.core.CheckedOutException;
import io.github.osf4j.core.Content;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.LocalFiles;
import io.github.osf4j.core.NameTakenException;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.RemoteStorage;
import io.github.osf4j.core.SyncEvent;
import io.github.osf4j.core.SyncListener;
import io.github.osf4j.core.TransferListener;
import java.io.IOException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Performs single actions: re-checks the target (P7), transfers, verifies, and on success updates
 * the views, which advance the index. Thread-safe (called from the transfer threads).
 */
final class ExecutorSteps {
  private final RemoteStorage remote;
  private final LocalFiles local;
  private final String projectId;
  private final ExecutorViews views;
  private final SyncListener listener;
  private final Backups backups;

  ExecutorSteps(
      RemoteStorage remote,
      LocalFiles local,
      String projectId,
      ExecutorViews views,
      SyncListener listener,
      Backups backups) {
    this.backups = backups;
    this.remote = remote;
    this.local = local;
    this.projectId = projectId;
    this.views = views;
    this.listener = listener;
  }

  ExecutorOutcome run(Action action) throws IOException {
    if (action instanceof Action.Upload a) {
      return upload(a);
    } else if (action instanceof Action.Download a) {
      return download(a);
    } else if (action instanceof Action.MkdirRemote a) {
      return mkdirRemote(a);
    } else if (action instanceof Action.MkdirLocal a) {
      views.putLocal(local.mkdir(a.path()));
      return settled(done(), a.path());
    } else if (action instanceof Action.DeleteRemote a) {
      return deleteRemote(a);
    } else if (action instanceof Action.DeleteLocal a) {
      return deleteLocal(a);
    } else if (action instanceof Action.MoveRemote a) {
      return moveRemote(a);
    } else if (action instanceof Action.MoveLocal a) {
      return moveLocal(a);
    }
    Action.RecordOnly a = (Action.RecordOnly) action;
    views.record(a.path(), a.entry());
    return done();
  }

  private ExecutorOutcome upload(Action.Upload a) throws IOException {
    RelPath path = a.path();
    Entry now = views.remote(path);
    if (!same(a.expectedRemote().orElse(null), now)) {
      return skipped("changed on OSF since planning: " + path);
    }
    Content content = local.read(path);
    String scanned = a.source().sha256();
    if (scanned != null) {
      // The scan's hash: the adapter need not hash while sending (the check after stays).
      content = Content.withKnownSha256(content, scanned);
    }
    TransferListener progress = progress(a);
    Entry stored;
    if (now == null) {
      try {
        stored = remote.upload(projectId, folder(path), path.name(), content, progress);
      } catch (NameTakenException e) {
        return skipped("a file appeared on OSF meanwhile (create/create conflict): " + path);
      }
    } else {
      try {
        stored = remote.update(projectId, now, content, progress);
      } catch (CheckedOutException e) {
        return skipped(
            "checked out by another user on OSF, so not updated; the local version is kept and"
                + " is uploaded by a sync after the file is checked in: "
                + path);
      }
    }
    views.putRemote(stored);
    // Unchanged since the scan (same stamp): the scan's hashes stand, no third read of the file.
    Optional<Entry> after = local.recheck(path, a.source());
    if (after.isEmpty() || !after.get().sameContentAs(stored)) {
      return failed(
          stored.sameContentAs(a.source())
              ? "local file changed during upload; the index keeps its old state: " + path
              : "OSF's hash of the upload does not match the local file: " + path);
    }
    views.putLocal(after.get());
    return settled(done(), path);
  }

  private ExecutorOutcome download(Action.Download a) throws IOException {
    RelPath path = a.path();
    if (!same(a.expectedLocal().orElse(null), local.stat(path).orElse(null))) {
      return skipped("local file changed since planning: " + path);
    }
    try (LocalFiles.PendingFile pending = local.create(path)) {
      remote.download(projectId, a.source(), pending.stream(), progress(a));
      Entry written = pending.written();
      Entry source = a.source();
      boolean sizeOnly = !source.hasHash() && written.size() == source.size();
      if (sizeOnly) {
        listener.onEvent(
            new SyncEvent.ActionNote(a, "verified by size only: OSF lists no hash for " + path));
      } else if (!written.sameContentAs(source)) {
        return failed("downloaded bytes do not match OSF's size or hash: " + path);
      }
      Optional<Entry> replaced = a.expectedLocal();
      if (replaced.isPresent() && !replaced.get().isFolder()) {
        try {
          backups.save(path);
        } catch (IOException e) {
          return notBackedUp(path, message(e));
        }
      }
      Entry committed = pending.commit(replaced);
      // Without a hash to compare, the local copy is known equal to this very OSF version.
      views.putLocal(sizeOnly ? committed.withRemote(source.remote()) : committed);
    }
    views.putRemote(a.source());
    return settled(done(), path);
  }

  private ExecutorOutcome mkdirRemote(Action.MkdirRemote a) throws IOException {
    RelPath path = a.path();
    Entry now = views.remote(path);
    if (now == null) {
      try {
        now = remote.mkdir(projectId, folder(path), path.name());
      } catch (NameTakenException e) {
        Entry existing = e.existing();
        if (existing == null || !existing.isFolder()) {
          return failed("a file holds the folder's name on OSF: " + path);
        }
        now = existing;
      }
    } else if (!now.isFolder()) {
      return skipped("a file appeared on OSF where a folder was planned: " + path);
    }
    views.putRemote(now);
    return settled(done(), path);
  }

  private ExecutorOutcome deleteRemote(Action.DeleteRemote a) throws IOException {
    RelPath path = a.path();
    Entry now = views.remote(path);
    if (now != null) {
      if (!now.sameContentAs(a.expected())
          || (now.isFolder() && !views.remoteSubtreeAsPlanned(path))) {
        return skipped("changed on OSF since planning: " + path);
      }
      remote.delete(projectId, now);
    }
    views.removeRemote(path);
    return settled(done(), path);
  }

  private ExecutorOutcome deleteLocal(Action.DeleteLocal a) throws IOException {
    RelPath path = a.path();
    Optional<Entry> now = local.stat(path);
    if (now.isPresent()) {
      if (!now.get().sameContentAs(a.expected())) {
        return skipped("local file changed since planning: " + path);
      }
      if (!now.get().isFolder()) {
        try {
          backups.save(path);
        } catch (IOException e) {
          return notBackedUp(path, message(e));
        }
      }
      local.delete(path);
    }
    views.removeLocal(path);
    return settled(done(), path);
  }

  private ExecutorOutcome moveRemote(Action.MoveRemote a) throws IOException {
    Entry now = views.remote(a.from());
    if (now == null || !now.sameContentAs(a.expected()) || views.remote(a.path()) != null) {
      return skipped("changed on OSF since planning: " + a.from() + " -> " + a.path());
    }
    Entry moved;
    try {
      moved = remote.move(projectId, now, folder(a.path()), a.path().name());
    } catch (NameTakenException e) {
      return skipped("the destination appeared on OSF meanwhile: " + a.path());
    }
    views.moveRemote(a.from(), moved);
    return settled(done(), a.from(), a.path());
  }

  private ExecutorOutcome moveLocal(Action.MoveLocal a) throws IOException {
    Optional<Entry> now = local.stat(a.from());
    if (now.isEmpty()
        || !now.get().sameContentAs(a.expected())
        || local.stat(a.path()).isPresent()) {
      return skipped("changed locally since planning: " + a.from() + " -> " + a.path());
    }
    views.moveLocal(a.from(), local.move(a.from(), a.path()));
    return settled(done(), a.from(), a.path());
  }

  /** The remote folder that holds {@code path} (null: the storage root). */
  private @Nullable Entry folder(RelPath path) throws IOException {
    Optional<RelPath> parent = path.parent();
    if (parent.isEmpty()) {
      return null;
    }
    Entry folder = views.remote(parent.get());
    if (folder == null || !folder.isFolder() || folder.remote() == null) {
      throw new IOException("no folder on OSF for " + path);
    }
    return folder;
  }

  private ExecutorOutcome settled(ExecutorOutcome outcome, RelPath... paths) throws IOException {
    views.settle(paths);
    return outcome;
  }

  private TransferListener progress(Action action) {
    return bytes -> listener.onEvent(new SyncEvent.Transferred(action, bytes));
  }

  private static String message(IOException e) {
    String message = e.getMessage();
    return message != null ? message : "cannot write the backup folder";
  }

  /** Whether {@code now} is what the plan expected ({@code expected}, null: absent). */
  private static boolean same(@Nullable Entry expected, @Nullable Entry now) {
    return expected == null ? now == null : now != null && expected.sameContentAs(now);
  }
}
