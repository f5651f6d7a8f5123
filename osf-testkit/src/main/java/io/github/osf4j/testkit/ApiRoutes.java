package io.github.osf4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Routes one authenticated API v2 request to users, nodes, guids, tokens or files. */
final class ApiRoutes {
  private static final String NO_CREDENTIALS = "Authentication credentials were not provided.";
  private static final String FORBIDDEN = "You do not have permission to perform this action.";
  private static final String SCOPE = "The user has not authorized access to this view.";

  private final Env env;
  private final ApiCtx c;
  private final HttpRequest r;
  private final Caller who;
  private final ApiJson json;

  ApiRoutes(Env env, ApiCtx c, HttpRequest r, Caller who) {
    this.env = env;
    this.c = c;
    this.r = r;
    this.who = who;
    this.json = new ApiJson(c, env.store());
  }

  HttpResponse route(String[] s, boolean slash) throws IOException {
    String m = r.method.equals("HEAD") ? "GET" : r.method;
    int n = s.length;
    String first = n == 0 ? "" : s[0];
    switch (first) {
      case "users" -> {
        if (n == 1 && m.equals("GET")) {
          return users();
        }
        if (n == 2 && m.equals("GET")) {
          return user(s[1]);
        }
        if (n == 3 && s[2].equals("nodes") && m.equals("GET")) {
          return userNodes(s[1]);
        }
      }
      case "nodes" -> {
        if (n == 1) {
          return m.equals("POST") ? createNode(null) : m.equals("GET") ? nodes() : notAllowed();
        }
        return nodeRoutes(s, slash, m);
      }
      case "files" -> {
        if (n >= 2 && m.equals("GET")) {
          return new ApiFiles(env, c, r, who, json).file(s[1], n == 3 && s[2].equals("versions"));
        }
      }
      case "guids" -> {
        if (n == 2 && m.equals("GET")) {
          return guid(s[1]);
        }
      }
      case "tokens" -> {
        if (n == 1 && m.equals("POST")) {
          return new Tokens(env, c, r, who).create();
        }
      }
      default -> {
        return notFound();
      }
    }
    return notFound();
  }

  private HttpResponse nodeRoutes(String[] s, boolean slash, String m) throws IOException {
    NodeRec node = env.store().node(s[1]);
    if (node == null) {
      return notFound();
    }
    if (node.deleted) {
      return Responses.gone("node", c);
    }
    HttpResponse denied = readDenied(node);
    if (denied != null) {
      return denied;
    }
    if (s.length == 2) {
      return switch (m) {
        case "GET" -> Responses.api(200, json.single(json.node(node, callerId())));
        case "DELETE" -> deleteNode(node);
        default -> notAllowed();
      };
    }
    return switch (s[2]) {
      case "children" -> m.equals("POST") ? createNode(node) : children(node);
      case "storage" -> storage(node);
      case "files" -> new ApiFiles(env, c, r, who, json).nodeFiles(node, s, slash);
      default -> notFound();
    };
  }

  /** 401 for anonymous, 403 for others, when the node is private and the caller no contributor. */
  @Nullable HttpResponse readDenied(NodeRec node) {
    if (node.canRead(callerId())) {
      return null;
    }
    return who.user() == null
        ? Responses.apiError(401, NO_CREDENTIALS, c)
        : Responses.apiError(403, FORBIDDEN, c);
  }

  private @Nullable HttpResponse writeDenied(@Nullable NodeRec node) {
    if (who.user() == null) {
      return Responses.apiError(401, NO_CREDENTIALS, c);
    }
    if (!who.canWrite()) {
      return Responses.apiError(403, SCOPE, c);
    }
    if (node != null && !node.canWrite(callerId())) {
      return Responses.apiError(403, FORBIDDEN, c);
    }
    return null;
  }

  private @Nullable String callerId() {
    Account u = who.user();
    return u == null ? null : u.id();
  }

  private HttpResponse users() {
    String[] unknown = new String[1];
    var filters = Filters.parse(r, Set.of("id", "full_name", "given_name", "family_name"), unknown);
    if (unknown[0] != null) {
      return badFilter(unknown[0]);
    }
    List<Account> all =
        Filters.apply(
            env.store().accounts(),
            filters,
            (a, f) ->
                switch (f) {
                  case "id" -> a.id();
                  case "given_name" -> a.givenName();
                  case "family_name" -> a.familyName();
                  default -> a.fullName();
                });
    List<ObjectNode> items = new ArrayList<>();
    for (Account a : all) {
      items.add(json.user(a, false));
    }
    return page(items, c.api("users/"));
  }

  private HttpResponse user(String id) {
    Account a = resolveUser(id);
    if (a == null) {
      return id.equals("me") ? Responses.apiError(401, NO_CREDENTIALS, c) : notFound();
    }
    Account u = who.user();
    return Responses.api(200, json.single(json.user(a, u != null && u.id().equals(a.id()))));
  }

  private @Nullable Account resolveUser(String id) {
    return id.equals("me") ? who.user() : env.store().account(id);
  }

  private HttpResponse userNodes(String id) {
    Account a = resolveUser(id);
    if (a == null) {
      return id.equals("me") ? Responses.apiError(401, NO_CREDENTIALS, c) : notFound();
    }
    List<NodeRec> mine = new ArrayList<>();
    for (NodeRec n : env.store().nodes()) {
      boolean contributes = n.ownerId.equals(a.id()) || n.contributors.containsKey(a.id());
      if (contributes && n.canRead(callerId())) {
        mine.add(n);
      }
    }
    return nodeList(mine, c.api("users/" + a.id() + "/nodes/"));
  }

  private HttpResponse nodes() {
    List<NodeRec> visible = new ArrayList<>();
    for (NodeRec n : env.store().nodes()) {
      if (n.canRead(callerId())) {
        visible.add(n);
      }
    }
    return nodeList(visible, c.api("nodes/"));
  }

  private HttpResponse children(NodeRec node) {
    List<NodeRec> visible = new ArrayList<>();
    for (NodeRec child : env.store().children(node.id)) {
      if (child.canRead(callerId())) {
        visible.add(child); // OSF lists only the components the caller may see
      }
    }
    return nodeList(visible, c.api("nodes/" + node.id + "/children/"));
  }

  private HttpResponse nodeList(List<NodeRec> nodes, String self) {
    String[] unknown = new String[1];
    var filters = Filters.parse(r, ApiHandler.NODE_FIELDS, unknown);
    if (unknown[0] != null) {
      return badFilter(unknown[0]);
    }
    List<Filters.Filter> tags = filters.stream().filter(f -> f.field().equals("tags")).toList();
    List<Filters.Filter> others = filters.stream().filter(f -> !f.field().equals("tags")).toList();
    List<NodeRec> kept = new ArrayList<>();
    for (NodeRec n : Filters.apply(nodes, others, ApiRoutes::nodeField)) {
      List<String> nodeTags;
      synchronized (env.store()) {
        nodeTags = List.copyOf(n.tags);
      }
      if (tags.stream().allMatch(f -> Filters.holdsForAny(nodeTags, f))) {
        kept.add(n);
      }
    }
    return page(ApiHandler.nodesJson(json, kept, who.user()), self);
  }

  private static @Nullable String nodeField(NodeRec n, String field) {
    return switch (field) {
      case "id" -> n.id;
      case "title" -> n.title;
      case "description" -> n.description;
      case "public" -> String.valueOf(n.isPublic);
      case "category" -> n.category;
      case "parent" -> n.parentId;
      case "root" -> n.rootId;
      default -> "";
    };
  }

  private HttpResponse createNode(@Nullable NodeRec parent) throws IOException {
    HttpResponse denied = writeDenied(parent);
    if (denied != null) {
      return denied;
    }
    JsonNode body = ApiHandler.readJson(r);
    JsonNode data = body == null ? null : body.get("data");
    if (data == null || !data.isObject()) {
      return pointerError("/data", "This field is required.");
    }
    if (!"nodes".equals(data.path("type").asText())) {
      return Responses.apiException(
          409,
          "This resource has a type of \"nodes\", but you set the"
              + " json body's type field to \""
              + data.path("type").asText()
              + "\". You probably need to change the type field to match the resource's type.",
          ApiJson.MAPPER.createObjectNode(),
          c);
    }
    JsonNode at = data.path("attributes");
    String title = at.path("title").asText("");
    if (title.isBlank()) {
      return pointerError("/data/attributes/title", "This field is required.");
    }
    Account owner = who.user();
    if (owner == null) {
      return Responses.apiError(401, NO_CREDENTIALS, c);
    }
    String region = data.path("relationships").path("region").path("data").path("id").asText("");
    if (!region.isEmpty() && !env.regions().contains(region)) {
      return pointerError(
          "/data/relationships/region/data/id", "Region " + region + " is invalid.");
    }
    NodeRec n = env.store().createNode(owner.id(), escape(title), parent);
    synchronized (env.store()) {
      if (!region.isEmpty()) {
        n.region = region;
      }
      n.category = at.path("category").asText(parent == null ? "project" : "");
      n.description = escape(at.path("description").asText(""));
      n.isPublic = at.path("public").asBoolean(false);
      for (JsonNode tag : at.path("tags")) {
        if (tag.isTextual() && !n.tags.contains(tag.asText())) {
          n.tags.add(tag.asText());
        }
      }
    }
    return Responses.api(201, json.single(json.node(n, owner.id())));
  }

  private HttpResponse deleteNode(NodeRec node) {
    HttpResponse denied = writeDenied(node);
    if (denied != null) {
      return denied;
    }
    if (c.minor() < 12 && !env.store().children(node.id).isEmpty()) {
      return Responses.apiError(
          400, "Any child components must be deleted prior to deleting this project.", c);
    }
    env.store().deleteNode(node);
    return HttpResponse.empty(204).header("Content-Type", Responses.API_TYPE);
  }

  /** The node's storage use; 202 with no body while it is "being computed" (see faults). */
  private HttpResponse storage(NodeRec node) {
    if (!r.method.equals("GET") && !r.method.equals("HEAD")) {
      return notAllowed();
    }
    if (env.quotas().takePending()) {
      return HttpResponse.empty(202);
    }
    long used = env.store().usage(node.id);
    long limit = env.quotas().of(node);
    String prefix = node.isPublic ? "PUBLIC" : "PRIVATE";
    String status =
        used > limit ? "OVER_" + prefix : used >= limit * 0.9 ? "APPROACHING_" + prefix : "DEFAULT";
    ObjectNode o = ApiJson.MAPPER.createObjectNode().put("id", node.id).put("type", "node-storage");
    o.putObject("attributes")
        .put("storage_limit_status", status)
        .put("storage_usage", String.valueOf(used));
    o.putObject("links").put("self", c.api("nodes/" + node.id + "/storage/"));
    return Responses.api(200, json.single(o));
  }

  private HttpResponse guid(String id) {
    NodeRec node = env.store().node(id);
    FileRec file = node == null ? env.store().fileByGuid(id) : null;
    String referent;
    if (node != null) {
      referent = node.id;
    } else if (file != null) {
      referent = file.id;
    } else {
      return notFound();
    }
    String target = node != null ? c.api("nodes/" + id + "/") : c.api("files/" + id + "/");
    if ("false".equals(r.param("resolve"))) {
      ObjectNode o = ApiJson.MAPPER.createObjectNode().put("id", id).put("type", "guids");
      o.putObject("relationships")
          .set("referent", ApiJson.relData(target, referent, node != null ? "nodes" : "files"));
      o.putObject("links").put("self", c.api("guids/" + id + "/"));
      return Responses.api(200, json.single(o));
    }
    return HttpResponse.redirect(302, target + (r.rawQuery.isEmpty() ? "" : "?" + r.rawQuery));
  }

  HttpResponse page(List<ObjectNode> items, String self) {
    ObjectNode body = Paging.page(items, r, c, self);
    return body == null ? Responses.apiError(404, "Invalid page.", c) : Responses.api(200, body);
  }

  HttpResponse badFilter(String field) {
    return Responses.apiException(
        400,
        "'" + field + "' is not a valid field for this endpoint.",
        ApiJson.MAPPER.createObjectNode().put("parameter", "filter"),
        c);
  }

  private HttpResponse pointerError(String pointer, String detail) {
    ObjectNode body = ApiJson.MAPPER.createObjectNode();
    ObjectNode e = body.putArray("errors").addObject();
    e.putObject("source").put("pointer", pointer);
    e.put("detail", detail);
    body.putObject("meta").put("version", c.version());
    return Responses.api(400, body);
  }

  HttpResponse notFound() {
    return Responses.apiError(404, "Not found.", c);
  }

  private HttpResponse notAllowed() {
    return Responses.apiError(405, "Method \"" + r.method + "\" not allowed.", c);
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
