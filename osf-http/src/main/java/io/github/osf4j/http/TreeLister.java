package io.github.osf4j.http;

import io.github.osf4j.core.AuthenticationException;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.EntryKind;
import io.github.osf4j.core.IncompleteListingException;
import io.github.osf4j.core.PermissionDeniedException;
import io.github.osf4j.core.ProjectNotFoundException;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.RemoteRef;
import io.github.osf4j.core.ServerBusyException;
import io.github.osf4j.core.Snapshot;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Lists a project's whole osfstorage tree with one unpaginated WaterButler request per folder,
 * folders in parallel; any failure or inconsistency fails the whole listing. Thread-safe.
 */
final class TreeLister {
  private static final AtomicInteger THREADS = new AtomicInteger();

  /** Far deeper than any real project; a server whose folders never end stops here. */
  static final int MAX_DEPTH = 256;

  private final Retrier retrier;
  private final Urls urls;
  private final Auth auth;
  private final int parallelism;

  TreeLister(Retrier retrier, Urls urls, Auth auth, int parallelism) {
    this.retrier = retrier;
    this.urls = urls;
    this.auth = auth;
    this.parallelism = parallelism;
  }

  Snapshot list(String projectId) throws IOException {
    return list(projectId, new Folder(null, null, "", List.of(), 0));
  }

  /** Everything inside {@code folder}, with paths as in the whole tree; a folder gone fails. */
  Snapshot list(String projectId, Entry folder) throws IOException {
    RemoteRef ref = folder.remote();
    if (!folder.isFolder() || ref == null) {
      throw new IllegalArgumentException("not a remote folder: " + folder.path());
    }
    return list(
        projectId,
        new Folder(ref.id(), folder.path(), folder.nativePath(), List.of(), folder.path().depth()));
  }

  /**
   * The folder at {@code path}, looked up one folder listing per level (names compared as {@link
   * RelPath} normalises them), or empty when a level has no such folder.
   */
  Optional<Entry> folder(String projectId, RelPath path) throws IOException {
    Credentials credentials = auth.credentials();
    Folder at = new Folder(null, null, "", List.of(), 0);
    Entry found = null;
    for (String segment : path.segments()) {
      Folder listed = fetch(projectId, credentials, at);
      RemoteItem match = null;
      for (RemoteItem item : listed.items()) {
        if (item.kind() == EntryKind.FOLDER
            && RelPath.isValid(item.name())
            && RelPath.of(item.name()).value().equals(segment)) {
          match = item;
          break;
        }
      }
      if (match == null) {
        return Optional.empty();
      }
      RelPath where = child(at.path(), segment);
      String spelled = at.path() == null ? match.name() : at.spelled() + "/" + match.name();
      found = entry(where, match, spelled);
      at = new Folder(match.id(), where, spelled, List.of(), at.depth() + 1);
    }
    return Optional.ofNullable(found);
  }

  private Snapshot list(String projectId, Folder start) throws IOException {
    Credentials credentials = auth.credentials();
    // Twice as many threads as requests in flight: while one thread parses a listing, another
    // already uses the slot it freed (the shared concurrency limit still caps requests).
    ExecutorService pool =
        Executors.newFixedThreadPool(
            2 * parallelism,
            r -> {
              Thread t = new Thread(r, "osf4j-list-" + THREADS.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try {
      return walk(projectId, credentials, start, new ExecutorCompletionService<>(pool));
    } finally {
      pool.shutdownNow();
    }
  }

  private Snapshot walk(
      String projectId, Credentials credentials, Folder start, CompletionService<Folder> cs)
      throws IOException {
    Snapshot.Builder snapshot = Snapshot.builder();
    Set<String> ids = new HashSet<>();
    cs.submit(() -> fetch(projectId, credentials, start));
    int pending = 1;
    while (pending > 0) {
      Folder listed = take(projectId, cs);
      pending--;
      for (Folder sub : add(projectId, listed, snapshot, ids)) {
        cs.submit(() -> fetch(projectId, credentials, sub));
        pending++;
      }
    }
    return snapshot.build();
  }

  private Folder fetch(String projectId, Credentials credentials, Folder folder)
      throws IOException {
    boolean root = folder.id() == null;
    String where = root ? "the root folder" : "folder '" + folder.spelled() + "'";
    Step step = new Step("list " + where + " of project " + projectId, projectId, root, true);
    List<RemoteItem> items =
        retrier.run(
            step,
            () -> Req.get(urls.folder(projectId, folder.id()), credentials),
            reply -> {
              if (reply.status() != 200) {
                throw Failures.of(reply, step.what(), projectId, root);
              }
              try (reply) {
                return Json.wbItems(reply.body());
              }
            });
    return new Folder(folder.id(), folder.path(), folder.spelled(), items, folder.depth());
  }

  private static Folder take(String projectId, CompletionService<Folder> cs) throws IOException {
    try {
      return cs.take().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while listing project " + projectId);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof AuthenticationException
          || cause instanceof PermissionDeniedException
          || cause instanceof ProjectNotFoundException
          || cause instanceof IncompleteListingException
          || cause instanceof ServerBusyException
          || cause instanceof InterruptedIOException) {
        throw (IOException) cause;
      }
      throw new IncompleteListingException(
          "could not list all of project " + projectId + ": " + Retrier.describe(cause),
          cause == null ? e : cause);
    }
  }

  /** Adds a folder's children; returns the sub-folders still to list. */
  private static List<Folder> add(
      String projectId, Folder listed, Snapshot.Builder snapshot, Set<String> ids)
      throws IncompleteListingException {
    Map<RelPath, List<RemoteItem>> byPath = new HashMap<>();
    List<Folder> next = new ArrayList<>();
    for (RemoteItem item : listed.items()) {
      checkConsistent(projectId, listed, item, ids);
      String problem = Names.problem(item.name());
      if (problem == null && item.size() < 0) {
        problem = "OSF reports no size for this file";
      }
      if (problem != null) {
        String segment =
            Names.problem(item.name()) == null ? item.name() : Names.placeholder(item.name());
        snapshot.problem(child(listed.path(), segment), problem);
        continue;
      }
      byPath.computeIfAbsent(child(listed.path(), item.name()), p -> new ArrayList<>()).add(item);
    }
    for (Map.Entry<RelPath, List<RemoteItem>> e : byPath.entrySet()) {
      RelPath path = e.getKey();
      if (e.getValue().size() > 1) {
        snapshot.problem(path, "OSF holds " + e.getValue().size() + " items named like this");
        continue;
      }
      RemoteItem item = e.getValue().get(0);
      String spelled = listed.path() == null ? item.name() : listed.spelled() + "/" + item.name();
      snapshot.put(entry(path, item, spelled));
      if (item.kind() == EntryKind.FOLDER) {
        if (listed.depth() >= MAX_DEPTH) {
          throw new IncompleteListingException(
              "listing of project "
                  + projectId
                  + " stopped: folders nested deeper than "
                  + MAX_DEPTH
                  + " levels at '"
                  + spelled
                  + "'");
        }
        next.add(new Folder(item.id(), path, spelled, List.of(), listed.depth() + 1));
      }
    }
    return next;
  }

  private static void checkConsistent(
      String projectId, Folder listed, RemoteItem item, Set<String> ids)
      throws IncompleteListingException {
    if (!ids.add(item.id())) {
      throw new IncompleteListingException(
          "listing of project " + projectId + " is inconsistent: id " + item.id() + " seen twice");
    }
    String m = item.materialized();
    String tail = "/" + item.name() + (item.kind() == EntryKind.FOLDER ? "/" : "");
    String parent = listed.path() == null ? "" : "/" + listed.spelled();
    if (m != null && !m.equals(parent + tail)) {
      throw new IncompleteListingException(
          "listing of project "
              + projectId
              + " is inconsistent: an item of "
              + (parent.isEmpty() ? "the root" : "'" + listed.spelled() + "'")
              + " lives at another path");
    }
  }

  static Entry entry(RelPath path, RemoteItem item, String spelled) {
    RemoteRef ref = new RemoteRef(item.id(), item.version());
    // Only a conflict's "existing" entry can lack a size here: listings report such files as
    // problems.
    long size = Math.max(0, item.size());
    return new Entry(
        path, item.kind(), size, item.md5(), item.sha256(), ref, null, spelled, item.modified());
  }

  private static RelPath child(@Nullable RelPath parent, String name) {
    return parent == null ? RelPath.of(name) : parent.child(name);
  }

  /** A folder to list (items empty) or a listed one; the root's depth is 0. */
  private record Folder(
      @Nullable String id,
      @Nullable RelPath path,
      String spelled,
      List<RemoteItem> items,
      int depth) {}
}
