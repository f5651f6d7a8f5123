package io.github.osf4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** WaterButler POST: move, copy and rename with conflict warn, replace or keep. */
final class WbMoves {
  private final Env env;
  private final HttpRequest r;
  private final WbTarget t;

  WbMoves(Env env, HttpRequest r, WbTarget t) {
    this.env = env;
    this.r = r;
    this.t = t;
  }

  HttpResponse post() throws IOException {
    if (r.contentLength < 0) {
      return Responses.wbError(411, "Content-Length is required");
    }
    if (r.contentLength > 1024 * 1024) {
      return Responses.wbError(413, "Request body too large");
    }
    JsonNode body = ApiHandler.readJson(r);
    if (body == null || !body.isObject()) {
      return Responses.wbError(400, "Request body must be JSON");
    }
    String action = body.path("action").asText("");
    String conflict = body.path("conflict").asText("warn");
    String rename = body.hasNonNull("rename") ? body.get("rename").asText() : null;
    if (!action.equals("move") && !action.equals("copy") && !action.equals("rename")) {
      return Responses.wbError(
          400, "Auth action must be 'copy', 'move', or 'rename', not '" + action + "'");
    }
    if (!conflict.equals("warn") && !conflict.equals("replace") && !conflict.equals("keep")) {
      return Responses.wbError(400, "Conflict must be 'warn', 'replace' or 'keep'");
    }
    FileRec src = t.file();
    FileRec destFolder;
    if (action.equals("rename")) {
      if (rename == null || rename.isEmpty()) {
        return Responses.wbError(400, "Rename is required for renaming");
      }
      destFolder = env.store().parent(src);
      if (destFolder == null) {
        return Responses.wbError(400, "Cannot rename the root folder");
      }
    } else {
      String path = body.path("path").asText("");
      if (!path.endsWith("/")) {
        return Responses.wbError(400, "Path is required and must end with a '/'");
      }
      HttpResponse err = checkDestNode(body);
      if (err != null) {
        return err;
      }
      NodeRec destNode = env.store().node(body.path("resource").asText(t.node().id));
      String id = path.replaceAll("^/+|/+$", "");
      if (destNode == null) {
        return Responses.legacy(404);
      }
      destFolder = env.store().file(id.isEmpty() ? destNode.rootFolderId : id);
      if (destFolder == null
          || destFolder.deleted
          || !destFolder.folder
          || !destFolder.nodeId.equals(destNode.id)) {
        return Responses.wbError(404, "Could not retrieve file or directory " + path);
      }
    }
    if (src.isRoot() && rename == null) {
      return Responses.wbError(400, "Rename is required for copying the root");
    }
    if (src.isRoot() && action.equals("move")) {
      return Responses.wbError(400, "Cannot move the root folder");
    }
    String name = rename != null ? rename : src.name;
    if (name.contains("/")) {
      return Responses.wbError(400, "Names may not contain '/'");
    }
    return apply(action, conflict, src, destFolder, name);
  }

  private @Nullable HttpResponse checkDestNode(JsonNode body) {
    String provider = body.path("provider").asText("osfstorage");
    if (!provider.equals("osfstorage")) {
      return Responses.wbError(400, "Provider " + provider + " is not configured");
    }
    String resource = body.path("resource").asText(t.node().id);
    NodeRec dest = env.store().node(resource);
    if (dest == null || dest.deleted) {
      return Responses.legacy(404);
    }
    Account u = t.who().user();
    if (u == null || !dest.canWrite(u.id()) || !t.who().canWrite()) {
      return Responses.legacy(403);
    }
    return null;
  }

  private HttpResponse apply(
      String action, String conflict, FileRec src, FileRec dest, String name) {
    synchronized (env.store()) {
      boolean copy = action.equals("copy");
      if (src.folder && env.store().isAncestor(src, dest)) {
        return Responses.wbError(400, "Cannot move or copy a folder into itself");
      }
      FileRec existing = env.store().child(dest.id, name, src.folder);
      boolean self = existing != null && existing.id.equals(src.id);
      if (existing != null && conflict.equals("warn")) {
        JsonNode data =
            existing.folder
                ? WbJson.MAPPER.createObjectNode()
                : t.json().serialized(existing, false);
        return Responses.wbConflict(name, data);
      }
      if (self && conflict.equals("replace")) {
        return Responses.wbError(
            400,
            "Unable to move or copy '"
                + env.store().materialized(src)
                + "'. Moving or copying a file or folder onto itself is not supported.");
      }
      if (copy || !dest.nodeId.equals(src.nodeId)) {
        long extra = treeSize(src);
        NodeRec destNode = env.store().node(dest.nodeId);
        if (destNode != null
            && env.store().usage(dest.nodeId) + extra > env.quotas().of(destNode)) {
          return Responses.wbError(507, "The quota on this osfstorage project has been exceeded");
        }
      }
      int status = 201;
      String finalName = name;
      if (existing != null && conflict.equals("keep")) {
        finalName = freeName(dest, name, src.folder);
      } else if (existing != null && !self) {
        env.store().delete(existing);
        status = 200;
      }
      FileRec result = copy ? env.store().copy(src, dest, finalName) : src;
      if (!copy) {
        env.store().move(src, dest, finalName);
      }
      ObjectNode body = WbJson.MAPPER.createObjectNode();
      body.set("data", t.json().entity(result, false, result.folder));
      return Responses.wb(status, body, env.store().ids.uuid());
    }
  }

  private long treeSize(FileRec f) {
    long total = 0;
    for (Version v : f.versions) {
      total += v.size();
    }
    for (FileRec c : env.store().list(f.id)) {
      total += treeSize(c);
    }
    return total;
  }

  private String freeName(FileRec dest, String name, boolean folder) {
    int dot = folder ? -1 : name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String ext = dot > 0 ? name.substring(dot) : "";
    for (int i = 1; ; i++) {
      String candidate = stem + " (" + i + ")" + ext;
      if (env.store().child(dest.id, candidate, folder) == null) {
        return candidate;
      }
    }
  }
}
