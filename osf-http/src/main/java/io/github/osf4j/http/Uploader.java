package io.github.osf4j.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.osf4j.core.Content;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.EntryKind;
import io.github.osf4j.core.NameTakenException;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.RemoteRef;
import io.github.osf4j.core.TransferListener;
import java.io.IOException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Creates files ({@code PUT ?kind=file&name=}) and stores new versions (the file's own URL), always
 * with a Content-Length, checking the size limit first and the returned hashes after. A create
 * whose outcome is unknown is repeated only after a listing proves that nothing was created.
 * Thread-safe.
 */
final class Uploader {
  private static final long MIN_BYTES_PER_SECOND = 64 * 1024;

  private final Retrier retrier;
  private final Urls urls;
  private final Auth auth;
  private final FolderLookup lookup;
  private final long maxFileBytes;

  Uploader(Retrier retrier, Urls urls, Auth auth, FolderLookup lookup, long maxFileBytes) {
    this.retrier = retrier;
    this.urls = urls;
    this.auth = auth;
    this.lookup = lookup;
    this.maxFileBytes = maxFileBytes;
  }

  Entry upload(
      String projectId,
      @Nullable Entry folder,
      String name,
      Content content,
      TransferListener listener)
      throws IOException {
    String problem = Names.problem(name);
    if (problem != null) {
      throw new IllegalArgumentException("cannot upload under this name: " + problem);
    }
    String folderId = FileOps.folderId(folder);
    RelPath path = folder == null ? RelPath.of(name) : folder.path().child(name);
    checkSize(path, content);
    Credentials credentials = auth.credentials();
    HashingContent body = new HashingContent(content, listener);
    String spelled = folder == null ? name : folder.nativePath() + "/" + name;
    Req req =
        Req.get(urls.folder(projectId, folderId, "kind", "file", "name", name), credentials)
            .withBody("PUT", body, "application/octet-stream", extraTime(content.size()));
    Step step = Step.write("upload '" + path + "' to project " + projectId, projectId, false);
    return Retrier.rounds(
        round -> {
          try {
            return retrier.run(
                step, () -> req, reply -> created(step, reply, path, spelled, body, round > 1));
          } catch (NameTakenException e) {
            if (e.existing() != null) {
              throw e;
            }
            // A 409 of the shape before WaterButler 22.0 ({"code":409,...}) names no file: look.
            RemoteItem there = lookup.find(projectId, folderId, name, EntryKind.FILE, credentials);
            if (there != null && round > 1) {
              return ours(path, spelled, there, body, "409 after a retry");
            }
            throw there == null ? e : taken(path, spelled, there);
          }
        },
        failure -> {
          RemoteItem there = lookup.find(projectId, folderId, name, EntryKind.FILE, credentials);
          return there == null ? null : ours(path, spelled, there, body, failure.getMessage());
        });
  }

  Entry update(String projectId, Entry file, Content content, TransferListener listener)
      throws IOException {
    RemoteRef ref = file.remote();
    if (!file.isFile() || ref == null) {
      throw new IllegalArgumentException("not a remote file: " + file.path());
    }
    checkSize(file.path(), content);
    HashingContent body = new HashingContent(content, listener);
    Req req =
        Req.get(urls.file(projectId, ref.id(), "kind", "file"), auth.credentials())
            .withBody("PUT", body, "application/octet-stream", extraTime(content.size()));
    // Storing the same bytes twice adds no version, so a repeat after an unknown outcome is safe.
    Step step = Step.write("update '" + file.path() + "' in project " + projectId, projectId, true);
    return retrier.run(
        step,
        () -> req,
        reply -> {
          if (reply.status() != 200 && reply.status() != 201) {
            throw Failures.of(reply, step.what(), projectId, false);
          }
          RemoteItem item = Json.wbItem(data(reply));
          return verified(file.path(), item, body, file.nativePath());
        });
  }

  private Entry created(
      Step step, Reply reply, RelPath path, String spelled, HashingContent body, boolean retried)
      throws IOException {
    if (reply.status() == 201 || reply.status() == 200) {
      return verified(path, Json.wbItem(data(reply)), body, spelled);
    }
    if (reply.status() == 409) {
      RemoteItem existing = conflictItem(reply);
      if (retried && existing != null) {
        return ours(path, spelled, existing, body, "409 after a retry");
      }
      throw taken(path, spelled, existing);
    }
    throw Failures.of(reply, step.what(), step.projectId(), false);
  }

  /** After an unknown outcome: the file there is ours when it holds our bytes. */
  private static Entry ours(
      RelPath path, String spelled, RemoteItem there, HashingContent body, @Nullable String why)
      throws IOException {
    String sha256 = there.sha256();
    if (there.size() == body.size() && sha256 != null && body.hasSha256(sha256)) {
      return TreeLister.entry(path, there, spelled);
    }
    NameTakenException e = taken(path, spelled, there);
    if (why != null) {
      e.addSuppressed(new IOException(why));
    }
    throw e;
  }

  private static NameTakenException taken(
      RelPath path, String spelled, @Nullable RemoteItem existing) {
    Entry entry = existing == null ? null : TreeLister.entry(path, existing, spelled);
    return new NameTakenException("a file named '" + path + "' already exists on OSF", entry);
  }

  /**
   * The existing file a 409 names: since WaterButler 22.0 its full entity is the body's {@code
   * data} (and there is no {@code code}); older bodies ({@code {"code":409,"message":...}}) and
   * folder clashes ({@code "data":{}}) name none.
   */
  private static @Nullable RemoteItem conflictItem(Reply reply) {
    try {
      JsonNode data = Json.parse(reply.bytes()).path("data");
      return data.isObject() && data.size() > 0 ? Json.wbItem(data) : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** The entry OSF created, once its size and strongest reported hash match what we sent. */
  static Entry verified(RelPath path, RemoteItem item, HashingContent body, String spelled)
      throws IOException {
    if (item.size() != body.size() || !sameHash(item, body)) {
      throw new IntegrityException(
          "OSF did not confirm the bytes of '" + path + "': its size or hash differs from ours");
    }
    return TreeLister.entry(path, item, spelled);
  }

  private static boolean sameHash(RemoteItem item, HashingContent body) throws IOException {
    String sha256 = item.sha256();
    if (sha256 != null) {
      return body.hasSha256(sha256);
    }
    String md5 = item.md5();
    return md5 != null && md5.equals(body.md5());
  }

  private void checkSize(RelPath path, Content content) throws IOException {
    if (content.size() > maxFileBytes) {
      throw new IOException(
          "'"
              + path
              + "' has "
              + content.size()
              + " bytes, more than the "
              + maxFileBytes
              + "-byte limit per file on OSF; it was not sent");
    }
  }

  static JsonNode data(Reply reply) throws IOException {
    JsonNode data = Json.parse(reply.bytes()).path("data");
    if (!data.isObject()) {
      throw new IOException("unexpected response: no 'data' object");
    }
    return data;
  }

  private static Duration extraTime(long size) {
    return Duration.ofSeconds(size / MIN_BYTES_PER_SECOND);
  }
}
