package io.github.osf4j.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.EntryKind;
import io.github.osf4j.core.NameTakenException;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.RemoteRef;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/** mkdir, delete and move/rename through WaterButler. Thread-safe. */
final class FileOps {
  private final Retrier retrier;
  private final Urls urls;
  private final Auth auth;
  private final FolderLookup lookup;

  FileOps(Retrier retrier, Urls urls, Auth auth, FolderLookup lookup) {
    this.retrier = retrier;
    this.urls = urls;
    this.auth = auth;
    this.lookup = lookup;
  }

  Entry mkdir(String projectId, @Nullable Entry parent, String name) throws IOException {
    checkName(name);
    String parentId = folderId(parent);
    RelPath path = parent == null ? RelPath.of(name) : parent.path().child(name);
    String spelled = parent == null ? name : parent.nativePath() + "/" + name;
    Credentials credentials = auth.credentials();
    Req req =
        Req.get(urls.folder(projectId, parentId, "kind", "folder", "name", name), credentials)
            .withBody("PUT", BytesContent.EMPTY, null, Duration.ZERO);
    Step step =
        Step.write("create folder '" + path + "' in project " + projectId, projectId, false);
    return Retrier.rounds(
        round -> {
          Result result = retrier.run(step, () -> req, reply -> made(step, reply, path, spelled));
          if (result.entry() != null) {
            return result.entry();
          }
          RemoteItem there = lookup.find(projectId, parentId, name, EntryKind.FOLDER, credentials);
          Entry existing = there == null ? null : TreeLister.entry(path, there, spelled);
          throw new NameTakenException("a folder named '" + path + "' already exists", existing);
        },
        failure -> {
          // The outcome is unknown: if the folder is there now, it is the one asked for.
          RemoteItem there = lookup.find(projectId, parentId, name, EntryKind.FOLDER, credentials);
          return there == null ? null : TreeLister.entry(path, there, spelled);
        });
  }

  void delete(String projectId, Entry entry) throws IOException {
    RemoteRef ref = remote(entry);
    URI uri = entry.isFolder() ? urls.folder(projectId, ref.id()) : urls.file(projectId, ref.id());
    Credentials credentials = auth.credentials();
    Step step =
        Step.write("delete '" + entry.path() + "' in project " + projectId, projectId, true);
    AtomicInteger attempts = new AtomicInteger();
    retrier.run(
        step,
        () -> {
          attempts.incrementAndGet();
          return Req.get(uri, credentials)
              .withBody("DELETE", BytesContent.EMPTY, null, Duration.ZERO);
        },
        reply -> {
          boolean goneAfterRetry = reply.status() == 404 && attempts.get() > 1;
          if (reply.status() != 204 && reply.status() != 200 && !goneAfterRetry) {
            throw Failures.of(reply, step.what(), projectId, false);
          }
          return entry;
        });
  }

  Entry move(String projectId, Entry entry, @Nullable Entry folder, String name)
      throws IOException {
    checkName(name);
    RemoteRef ref = remote(entry);
    String folderId = folderId(folder);
    RelPath path = folder == null ? RelPath.of(name) : folder.path().child(name);
    String spelled = folder == null ? name : folder.nativePath() + "/" + name;
    Credentials credentials = auth.credentials();
    URI uri = entry.isFolder() ? urls.folder(projectId, ref.id()) : urls.file(projectId, ref.id());
    Req req =
        Req.get(uri, credentials)
            .withBody(
                "POST",
                new BytesContent(moveBody(projectId, folderId, name)),
                "application/json",
                Duration.ZERO);
    Step step =
        Step.write(
            "move '" + entry.path() + "' to '" + path + "' in project " + projectId,
            projectId,
            false);
    return Retrier.rounds(
        round -> {
          Result result = retrier.run(step, () -> req, reply -> moved(step, reply, path, spelled));
          Entry done = result.entry();
          return done != null
              ? done
              : afterConflict(step, result.status(), entry, path, spelled, folderId, credentials);
        },
        failure -> {
          RemoteItem there = lookup.find(projectId, folderId, name, entry.kind(), credentials);
          if (there != null && there.id().equals(ref.id())) {
            return TreeLister.entry(path, there, spelled);
          }
          if (there != null) {
            throw taken(path, TreeLister.entry(path, there, spelled));
          }
          return null;
        });
  }

  private static Result made(Step step, Reply reply, RelPath path, String spelled)
      throws IOException {
    if (reply.status() == 201 || reply.status() == 200) {
      return new Result(TreeLister.entry(path, Json.wbItem(Uploader.data(reply)), spelled), 201);
    }
    if (reply.status() == 409) {
      return new Result(null, 409);
    }
    throw Failures.of(reply, step.what(), step.projectId(), false);
  }

  private static Result moved(Step step, Reply reply, RelPath path, String spelled)
      throws IOException {
    int status = reply.status();
    if (status == 200 || status == 201) {
      return new Result(TreeLister.entry(path, Json.wbItem(Uploader.data(reply)), spelled), status);
    }
    if (status == 202 || status == 409) {
      return new Result(null, status);
    }
    throw Failures.of(reply, step.what(), step.projectId(), false);
  }

  private Entry afterConflict(
      Step step,
      int status,
      Entry entry,
      RelPath path,
      String spelled,
      @Nullable String folderId,
      Credentials credentials)
      throws IOException {
    String projectId = requireProject(step);
    String name = spelled.substring(spelled.lastIndexOf('/') + 1);
    RemoteItem there = lookup.find(projectId, folderId, name, entry.kind(), credentials);
    if (there != null && there.id().equals(remote(entry).id())) {
      return TreeLister.entry(path, there, spelled);
    }
    if (status == 202) {
      throw new IOException(
          "OSF accepted moving '"
              + entry.path()
              + "' but is still working on it; list again later");
    }
    throw taken(path, there == null ? null : TreeLister.entry(path, there, spelled));
  }

  private static byte[] moveBody(String projectId, @Nullable String folderId, String name) {
    ObjectNode body = Json.object();
    body.put("action", "move");
    body.put("path", folderId == null ? "/" : "/" + folderId + "/");
    body.put("rename", name);
    body.put("conflict", "warn");
    body.put("resource", projectId);
    body.put("provider", "osfstorage");
    return Json.write(body);
  }

  private static NameTakenException taken(RelPath path, @Nullable Entry existing) {
    return new NameTakenException("something named '" + path + "' already exists there", existing);
  }

  private static String requireProject(Step step) {
    String id = step.projectId();
    if (id == null) {
      throw new IllegalStateException("a file step without a project");
    }
    return id;
  }

  private static RemoteRef remote(Entry entry) {
    RemoteRef ref = entry.remote();
    if (ref == null) {
      throw new IllegalArgumentException("not on OSF (no remote id): " + entry.path());
    }
    return ref;
  }

  /** The osfstorage id of a folder argument; null for the root. */
  static @Nullable String folderId(@Nullable Entry folder) {
    if (folder == null) {
      return null;
    }
    if (!folder.isFolder()) {
      throw new IllegalArgumentException("not a folder: " + folder.path());
    }
    return remote(folder).id();
  }

  private static void checkName(String name) {
    String problem = Names.problem(name);
    if (problem != null) {
      throw new IllegalArgumentException("cannot use this name on OSF: " + problem);
    }
  }

  /** A write's entry, or none with the status that needs a follow-up look. */
  private record Result(@Nullable Entry entry, int status) {}
}
