package io.github.osf4j.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** API v2 file routes: providers, osfstorage listings, file detail and versions. */
final class ApiFiles {
  private static final Set<String> FILE_FIELDS =
      Set.of("id", "name", "kind", "path", "size", "provider", "tags");

  private final Env env;
  private final ApiCtx c;
  private final HttpRequest r;
  private final ApiJson json;
  private final ApiRoutes routes;

  ApiFiles(Env env, ApiCtx c, HttpRequest r, Caller who, ApiJson json) {
    this.env = env;
    this.c = c;
    this.r = r;
    this.json = json;
    this.routes = new ApiRoutes(env, c, r, who);
  }

  HttpResponse nodeFiles(NodeRec node, String[] s, boolean slash) {
    if (!r.method.equals("GET") && !r.method.equals("HEAD")) {
      return Responses.apiError(405, "Method \"" + r.method + "\" not allowed.", c);
    }
    if (s.length == 3) {
      return routes.page(List.of(json.provider(node)), c.api("nodes/" + node.id + "/files/"));
    }
    if (!s[3].equals("osfstorage") || s.length > 5) {
      return routes.notFound();
    }
    FileRec target = env.store().file(s.length == 4 ? node.rootFolderId : s[4]);
    if (target == null || target.deleted || !target.nodeId.equals(node.id)) {
      return routes.notFound();
    }
    if (s.length == 5 && target.folder != slash) {
      return routes.notFound();
    }
    if (!target.folder) {
      return Responses.api(200, json.single(json.file(target)));
    }
    String self =
        c.api("nodes/" + node.id + "/files/osfstorage/" + (target.isRoot() ? "" : target.id + "/"));
    return listing(target, self);
  }

  private HttpResponse listing(FileRec folder, String self) {
    String[] unknown = new String[1];
    List<Filters.Filter> filters = Filters.parse(r, FILE_FIELDS, unknown);
    if (unknown[0] != null) {
      return routes.badFilter(unknown[0]);
    }
    List<Filters.Filter> fixed = new ArrayList<>();
    for (Filters.Filter f : filters) {
      boolean kindFile = f.field().equals("kind") && !f.value().equals("folder");
      fixed.add(kindFile ? new Filters.Filter("kind", f.op(), "file") : f);
    }
    List<FileRec> kept = Filters.apply(env.store().list(folder.id), fixed, ApiFiles::field);
    List<ObjectNode> items = new ArrayList<>();
    for (FileRec f : kept) {
      items.add(json.file(f));
    }
    return routes.page(items, self);
  }

  private static @Nullable String field(FileRec f, String name) {
    return switch (name) {
      case "id" -> f.id;
      case "name" -> f.name;
      case "kind" -> f.folder ? "folder" : "file";
      case "path" -> "/" + f.id + (f.folder ? "/" : "");
      case "size" -> {
        Version v = f.latest();
        yield v == null ? null : String.valueOf(v.size());
      }
      case "provider" -> "osfstorage";
      default -> "";
    };
  }

  HttpResponse file(String id, boolean versions) {
    FileRec f = env.store().file(id);
    if (f == null) {
      f = env.store().fileByGuid(id);
    }
    if (f == null) {
      return routes.notFound();
    }
    if (f.deleted) {
      return Responses.gone("file", c);
    }
    NodeRec node = env.store().node(f.nodeId);
    if (node == null) {
      return routes.notFound();
    }
    HttpResponse denied = routes.readDenied(node);
    if (denied != null) {
      return denied;
    }
    if ("1".equals(r.param("create_guid")) || "true".equals(r.param("create_guid"))) {
      env.store().ensureGuid(f);
    }
    if (!versions) {
      return Responses.api(200, json.single(json.file(f)));
    }
    List<ObjectNode> items = new ArrayList<>();
    List<Version> all;
    synchronized (env.store()) {
      all = new ArrayList<>(f.versions);
    }
    for (int i = all.size() - 1; i >= 0; i--) {
      items.add(json.version(f, all.get(i)));
    }
    return routes.page(items, c.api("files/" + f.id + "/versions/"));
  }
}
