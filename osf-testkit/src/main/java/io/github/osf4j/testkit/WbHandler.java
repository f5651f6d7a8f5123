package io.github.osf4j.testkit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** WaterButler v1 for osfstorage: auth via "OSF", reads, downloads, deletes; writes delegated. */
final class WbHandler {
  private static final Pattern PATH =
      Pattern.compile("/v1/resources/([^/]+)/providers/([^/]+)(/.*)?");

  private final Env env;
  private final Map<String, Version> signed = new ConcurrentHashMap<>();

  WbHandler(Env env) {
    this.env = env;
  }

  HttpResponse handle(HttpRequest r) throws IOException {
    Matcher m = PATH.matcher(r.path);
    if (!m.matches()) {
      return Responses.wbError(404, "Not found");
    }
    NodeRec node = env.store().node(m.group(1));
    if (node == null || node.deleted) {
      return Responses.legacy(node == null ? 404 : 410);
    }
    if (!m.group(2).equals("osfstorage")) {
      return Responses.wbError(404, "Provider " + m.group(2) + " is not configured");
    }
    HttpResponse elsewhere = wrongRegion(r, node);
    if (elsewhere != null) {
      return elsewhere;
    }
    Caller who = Caller.of(r, env.store(), env.clock());
    if (who.error() != null && who.basic()) {
      return Responses.legacy(401);
    }
    Account caller = who.user();
    String userId = caller == null ? null : caller.id();
    boolean write = !(r.method.equals("GET") || r.method.equals("HEAD"));
    if (write ? !(node.canWrite(userId) && who.canWrite()) : !node.canRead(userId)) {
      return Responses.legacy(403);
    }
    String rest = m.group(3) == null ? "/" : m.group(3);
    FileRec file = resolve(node, rest);
    if (file == null) {
      return Responses.legacy(404);
    }
    if (!file.isRoot() && file.folder != rest.endsWith("/")) {
      return Responses.wbError(404, "Could not retrieve file or directory " + rest);
    }
    ApiCtx ctx = new ApiCtx(env, 0);
    WbTarget t = new WbTarget(node, file, who, new WbJson(ctx, env.store()), ctx);
    return switch (r.method) {
      case "GET" -> get(r, t);
      case "HEAD" -> head(t);
      case "PUT" -> new WbWrites(env, r, t).put();
      case "POST" -> new WbMoves(env, r, t).post();
      case "DELETE" -> delete(r, t);
      default -> Responses.wbError(405, "Method not allowed");
    };
  }

  /**
   * The emulator's check that a client uses the files host OSF named for the project: a request for
   * a node of another region than the one this port serves gets 400 naming the right host.
   */
  private @Nullable HttpResponse wrongRegion(HttpRequest r, NodeRec node) {
    Regions regions = env.regions();
    String served = regions.servedOn(r.port);
    String region = regions.regionOf(node.id);
    if (served == null || served.equals(region)) {
      return null;
    }
    return Responses.wbError(
        400,
        "The storage of project "
            + node.id
            + " is in region '"
            + region
            + "'; its files host is "
            + regions.base(region)
            + "/v1/, this one serves region '"
            + served
            + "'");
  }

  private @Nullable FileRec resolve(NodeRec node, String rest) {
    String id = rest.replaceAll("^/+|/+$", "");
    FileRec f = env.store().file(id.isEmpty() ? node.rootFolderId : id);
    if (f == null || f.deleted || !f.nodeId.equals(node.id) || id.contains("/")) {
      return null;
    }
    return f;
  }

  private HttpResponse get(HttpRequest r, WbTarget t) throws IOException {
    FileRec f = t.file();
    if (f.folder && r.hasParam("zip")) {
      Path zip = Zips.write(env.store(), f, env.blobs().dir());
      String name = f.isRoot() ? "osfstorage-archive.zip" : f.name + ".zip";
      return HttpResponse.fileRange(200, zip, 0, Files.size(zip))
          .header("Content-Type", "application/zip")
          .header("Content-Disposition", Downloads.disposition(name))
          .header("X-Waterbutler-Request-Id", env.store().ids.uuid());
    }
    if (f.folder) {
      ObjectNode body = WbJson.MAPPER.createObjectNode();
      ArrayNode data = body.putArray("data");
      for (FileRec c : env.store().list(f.id)) {
        data.add(t.json().entity(c, false, false));
      }
      return Responses.wb(200, body, env.store().ids.uuid());
    }
    if (r.hasParam("meta")) {
      ObjectNode body = WbJson.MAPPER.createObjectNode();
      body.set("data", t.json().entity(f, false, false));
      return Responses.wb(200, body, env.store().ids.uuid());
    }
    if (r.hasParam("revisions") || r.hasParam("versions")) {
      ObjectNode body = WbJson.MAPPER.createObjectNode();
      ArrayNode data = body.putArray("data");
      Account owner = env.store().account(t.node().ownerId);
      synchronized (env.store()) {
        for (int i = f.versions.size() - 1; i >= 0 && owner != null; i--) {
          data.add(t.json().revision(f, f.versions.get(i), owner));
        }
      }
      return Responses.wb(200, body, env.store().ids.uuid());
    }
    Version v = version(r, f);
    if (v == null) {
      return Responses.wbError(404, "Version not found");
    }
    if (env.faults().redirectDownloads() && !r.hasParam("direct")) {
      String key = env.store().ids.uuid();
      signed.put(key, v);
      return HttpResponse.redirect(
          302,
          env.base()
              + "/signed/"
              + key
              + "?name="
              + URLEncoder.encode(f.name, StandardCharsets.UTF_8));
    }
    HttpResponse resp = Downloads.serve(r, v, f.name);
    if (resp.status < 300) {
      resp.header("X-Waterbutler-Request-Id", env.store().ids.uuid());
    }
    return resp;
  }

  /** GET /signed/{key}: a pre-signed, auth-free download like a cloud-storage URL. */
  HttpResponse signed(HttpRequest r) throws IOException {
    String key = r.path.substring("/signed/".length());
    Version v = signed.get(key);
    if (v == null) {
      return HttpResponse.text(403, "AccessDenied: signature does not match");
    }
    String name = r.param("name");
    return Downloads.serve(r, v, name == null ? "file" : name);
  }

  private @Nullable Version version(HttpRequest r, FileRec f) {
    String want = r.param("version") != null ? r.param("version") : r.param("revision");
    synchronized (env.store()) {
      if (want == null) {
        return f.latest();
      }
      for (Version v : f.versions) {
        if (String.valueOf(v.number()).equals(want)) {
          return v;
        }
      }
      return null;
    }
  }

  private HttpResponse head(WbTarget t) {
    FileRec f = t.file();
    Version v;
    synchronized (env.store()) {
      v = f.latest();
    }
    if (f.folder || v == null) {
      return Responses.wbError(501, "Not implemented");
    }
    String meta = new String(WbJson.bytes(t.json().serialized(f, false)), StandardCharsets.UTF_8);
    HttpResponse resp = HttpResponse.fileRange(200, v.blob(), 0, v.size());
    resp.header("Content-Type", "application/octet-stream");
    resp.header("Last-Modified", Dates.http(v.created()));
    resp.header("X-Waterbutler-Metadata", meta);
    resp.header("X-Waterbutler-Request-Id", env.store().ids.uuid());
    return resp;
  }

  private HttpResponse delete(HttpRequest r, WbTarget t) {
    FileRec f = t.file();
    if (f.isRoot()) {
      if (!"1".equals(r.param("confirm_delete"))) {
        return Responses.wbError(
            400, "confirm_delete=1 is required for deleting root provider folder");
      }
      for (FileRec c : env.store().list(f.id)) {
        env.store().delete(c);
      }
    } else {
      env.store().delete(f);
    }
    return HttpResponse.empty(204).header("X-Waterbutler-Request-Id", env.store().ids.uuid());
  }
}
