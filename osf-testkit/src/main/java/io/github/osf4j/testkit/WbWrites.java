package io.github.osf4j.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import org.jspecify.annotations.Nullable;

/** WaterButler PUT: upload a new file, update a file (new version), create a folder. */
final class WbWrites {
  private final Env env;
  private final HttpRequest r;
  private final WbTarget t;

  WbWrites(Env env, HttpRequest r, WbTarget t) {
    this.env = env;
    this.r = r;
    this.t = t;
  }

  HttpResponse put() throws IOException {
    String kind = r.param("kind") == null ? "file" : String.valueOf(r.param("kind"));
    String name = r.param("name");
    FileRec target = t.file();
    if (!kind.equals("file") && !kind.equals("folder")) {
      return Responses.wbError(
          400, "Kind must be file, folder or unspecified (interpreted as" + " file), not " + kind);
    }
    if (!target.folder) {
      if (name != null) {
        return Responses.wbError(400, "'name' parameter doesn't apply to actions on files");
      }
      if (kind.equals("folder")) {
        return Responses.wbError(
            409, "Path must be a folder (and end with a \"/\") if trying to create a subfolder");
      }
      String checkout = target.checkout;
      Account caller = t.who().user();
      if (checkout != null && (caller == null || !checkout.equals(caller.id()))) {
        return Responses.wbError(403, "File cannot be updated due to checkout status.");
      }
      return upload(target, null);
    }
    if (name == null || name.isEmpty()) {
      return Responses.wbError(400, "Missing required parameter 'name'");
    }
    if (name.contains("/")) {
      return Responses.wbError(400, "Names may not contain '/'");
    }
    return kind.equals("folder") ? folder(target, name) : upload(target, name);
  }

  private HttpResponse folder(FileRec parent, String name) throws IOException {
    if (r.contentLength > 0 || r.chunked) {
      return Responses.wbError(413, "Request body must be empty when creating a folder");
    }
    FileRec created;
    synchronized (env.store()) {
      if (env.store().child(parent.id, name, true) != null) {
        return Responses.wbConflict(name, WbJson.MAPPER.createObjectNode());
      }
      created = env.store().addFolder(parent, name);
    }
    return entity(201, created);
  }

  /** Uploads into {@code parent} under {@code name}, or a new version of a file when null. */
  private HttpResponse upload(FileRec target, @Nullable String name) throws IOException {
    if (r.contentLength < 0) {
      return Responses.wbError(411, "Content-Length is required for file uploads");
    }
    if (r.contentLength > env.maxFileBytes()) {
      return Responses.wbError(
              400, "The file is larger than the maximum of " + env.maxFileBytes() + " bytes")
          .header("Connection", "close");
    }
    if (name != null) {
      FileRec existing = env.store().child(target.id, name, false);
      if (existing != null) {
        drain(r.body);
        return Responses.wbConflict(name, t.json().entity(existing, true, false));
      }
    }
    Blobs.Blob blob = env.blobs().write(r.body, env.maxFileBytes());
    synchronized (env.store()) {
      if (env.store().usage(t.node().id) + blob.size() > quota()) {
        Files.deleteIfExists(blob.path());
        return Responses.wbError(507, "The quota on this osfstorage project has been exceeded");
      }
      if (name == null) {
        boolean added = env.store().addVersion(target, blob);
        if (!added) {
          Files.deleteIfExists(blob.path());
        }
        return entity(200, target);
      }
      FileRec existing = env.store().child(target.id, name, false);
      if (existing != null) {
        Files.deleteIfExists(blob.path());
        return Responses.wbConflict(name, t.json().entity(existing, true, false));
      }
      return entity(201, env.store().addFile(target, name, blob));
    }
  }

  private long quota() {
    return env.quotas().of(t.node());
  }

  private HttpResponse entity(int status, FileRec f) {
    ObjectNode body = WbJson.MAPPER.createObjectNode();
    body.set("data", t.json().entity(f, true, false));
    return Responses.wb(status, body, env.store().ids.uuid());
  }

  static void drain(InputStream in) throws IOException {
    byte[] buf = new byte[64 * 1024];
    while (in.read(buf) >= 0) {
      // discard, as WaterButler reads the whole body before answering
    }
  }
}
