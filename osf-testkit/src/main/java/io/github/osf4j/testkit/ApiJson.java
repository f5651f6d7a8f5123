package io.github.osf4j.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** Renders API v2 resource objects in the shapes of the recorded OSF responses. */
final class ApiJson {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private static final String[][] NODE_RELS = {
    {"children", "children/"},
    {"collected_in", "collections/"},
    {"comments", null},
    {"contributors", "contributors/"},
    {"bibliographic_contributors", "bibliographic_contributors/"},
    {"implicit_contributors", "implicit_contributors/"},
    {"files", "files/"},
    {"settings", "settings/"},
    {"wikis", "wikis/"},
    {"forks", "forks/"},
    {"node_links", "node_links/"},
    {"linked_by_nodes", "linked_by_nodes/"},
    {"linked_by_registrations", "linked_by_registrations/"},
    {"parent", null},
    {"identifiers", "identifiers/"},
    {"affiliated_institutions", "institutions/"},
    {"draft_registrations", "draft_registrations/"},
    {"registrations", "registrations/"},
    {"region", null},
    {"root", null},
    {"logs", "logs/"},
    {"linked_nodes", "linked_nodes/"},
    {"linked_registrations", "linked_registrations/"},
    {"view_only_links", "view_only_links/"},
    {"citation", "citation/"},
    {"preprints", "preprints/"},
    {"storage", "storage/"},
    {"cedar_metadata_records", "cedar_metadata_records/"},
    {"subjects_acceptable", null},
  };

  private final ApiCtx c;
  private final Store store;

  ApiJson(ApiCtx c, Store store) {
    this.c = c;
    this.store = store;
  }

  ObjectNode single(ObjectNode data) {
    ObjectNode root = MAPPER.createObjectNode();
    root.set("data", data);
    root.putObject("meta").put("version", c.version());
    return root;
  }

  static ObjectNode rel(String href) {
    ObjectNode r = MAPPER.createObjectNode();
    r.putObject("links").putObject("related").put("href", href).putObject("meta");
    return r;
  }

  static ObjectNode relData(String href, String id, String type) {
    ObjectNode r = rel(href);
    r.putObject("data").put("id", id).put("type", type);
    return r;
  }

  private static ObjectNode withSelf(ObjectNode r, String href) {
    ((ObjectNode) r.get("links")).putObject("self").put("href", href).putObject("meta");
    return r;
  }

  ObjectNode user(Account a, boolean self) {
    ObjectNode o = MAPPER.createObjectNode().put("id", a.id()).put("type", "users");
    ObjectNode at = o.putObject("attributes");
    at.put("full_name", a.fullName()).put("given_name", a.givenName()).put("middle_names", "");
    at.put("family_name", a.familyName()).put("suffix", "");
    at.put("date_registered", Dates.api(a.registered(), c.minor())).put("active", true);
    at.put("timezone", "Etc/UTC").put("locale", "en_US");
    at.putObject("social");
    at.putArray("employment");
    at.putArray("education");
    at.putNull("allow_indexing");
    at.putArray("can_view_reviews");
    at.put("accepted_terms_of_service", true);
    at.putObject("external_identity");
    if (self) {
      at.put("email", a.email());
    }
    String u = c.api("users/" + a.id() + "/");
    ObjectNode r = o.putObject("relationships");
    r.set("nodes", rel(u + "nodes/"));
    r.set("registrations", rel(u + "registrations/"));
    r.set("institutions", withSelf(rel(u + "institutions/"), u + "relationships/institutions/"));
    r.set("preprints", rel(u + "preprints/"));
    r.set("draft_preprints", rel(u + "draft_preprints/"));
    r.set("emails", rel(u + "settings/emails/"));
    r.set("default_region", relData(c.api("regions/us/"), "us", "regions"));
    r.set("settings", relData(u + "settings/", a.id(), "user-settings"));
    ObjectNode l = o.putObject("links");
    l.put("html", c.web(a.id() + "/"));
    l.put("profile_image", "https://secure.gravatar.com/avatar/" + a.id() + "?d=identicon");
    l.put("self", u).put("iri", c.web(a.id()));
    return o;
  }

  /** A node as {@code userId} (null: anonymous) sees it, with that user's permissions. */
  ObjectNode node(NodeRec n, @Nullable String userId) {
    synchronized (store) {
      return nodeLocked(n, userId);
    }
  }

  private ObjectNode nodeLocked(NodeRec n, @Nullable String userId) {
    boolean contributor =
        userId != null && (n.ownerId.equals(userId) || n.contributors.containsKey(userId));
    ObjectNode o = MAPPER.createObjectNode().put("id", n.id).put("type", "nodes");
    ObjectNode at = o.putObject("attributes");
    at.put("title", n.title).put("description", n.description).put("category", n.category);
    at.putNull("custom_citation");
    at.put("date_created", Dates.api(n.created, c.minor()));
    at.put("date_modified", Dates.api(n.modified, c.minor()));
    at.put("registration", false).put("preprint", false).put("fork", false);
    at.put("collection", false);
    ArrayNode tags = at.putArray("tags");
    n.tags.forEach(tags::add);
    at.put("access_requests_enabled", true).putNull("node_license");
    at.put("current_user_can_comment", contributor);
    ArrayNode perms = at.putArray("current_user_permissions");
    if (userId != null && n.ownerId.equals(userId)) {
      perms.add("admin").add("write").add("read");
    } else if (n.canWrite(userId)) {
      perms.add("write").add("read");
    } else {
      perms.add("read");
    }
    at.put("current_user_is_contributor", contributor);
    at.put("current_user_is_contributor_or_group_member", contributor);
    at.put("wiki_enabled", true).put("public", n.isPublic);
    at.putArray("subjects");
    String u = c.api("nodes/" + n.id + "/");
    ObjectNode r = o.putObject("relationships");
    for (String[] rel : NODE_RELS) {
      nodeRel(r, n, u, rel[0], rel[1]);
    }
    ObjectNode l = o.putObject("links");
    l.put("html", c.web(n.id + "/")).put("self", u).put("iri", c.web(n.id));
    return o;
  }

  private void nodeRel(ObjectNode r, NodeRec n, String u, String name, @Nullable String suffix) {
    switch (name) {
      case "comments" -> r.set(name, rel(u + "comments/?filter%5Btarget%5D=" + n.id));
      case "parent" -> {
        if (n.parentId != null) {
          r.set(name, relData(c.api("nodes/" + n.parentId + "/"), n.parentId, "nodes"));
        }
      }
      case "region" ->
          r.set(name, relData(c.api("regions/" + n.region + "/"), n.region, "regions"));
      case "root" -> r.set(name, relData(c.api("nodes/" + n.rootId + "/"), n.rootId, "nodes"));
      case "subjects_acceptable" -> r.set(name, rel(c.api("subjects/")));
      case "settings" -> r.set(name, relData(u + suffix, n.id, "node-setting"));
      case "citation" -> r.set(name, relData(u + suffix, n.id, "citation"));
      case "storage" -> r.set(name, relData(u + suffix, n.id, "node-storage"));
      case "affiliated_institutions", "linked_nodes", "linked_registrations" ->
          r.set(name, withSelf(rel(u + suffix), u + "relationships/" + suffix));
      default -> r.set(name, rel(u + suffix));
    }
  }

  ObjectNode file(FileRec f) {
    synchronized (store) {
      return fileLocked(f);
    }
  }

  private ObjectNode fileLocked(FileRec f) {
    ObjectNode o = MAPPER.createObjectNode().put("id", f.id).put("type", "files");
    Version v = f.latest();
    ObjectNode at = o.putObject("attributes");
    if (f.guid == null) {
      at.putNull("guid");
    } else {
      at.put("guid", f.guid);
    }
    if (f.checkout == null) {
      at.putNull("checkout");
    } else {
      at.put("checkout", f.checkout);
    }
    at.put("name", f.name).put("kind", f.folder ? "folder" : "file");
    at.put("path", "/" + f.id + (f.folder ? "/" : ""));
    if (v == null) {
      at.putNull("size");
    } else {
      at.put("size", v.size());
    }
    at.put("provider", "osfstorage").put("materialized_path", store.materialized(f));
    at.putNull("last_touched");
    Version first = f.first();
    if (v == null || first == null) {
      at.putNull("date_modified").putNull("date_created");
    } else {
      at.put("date_modified", Dates.api(v.created(), c.minor()));
      at.put("date_created", Dates.apiFileCreated(first.created()));
    }
    ObjectNode extra = at.putObject("extra");
    ObjectNode hashes = extra.putObject("hashes");
    if (v == null || f.hashless) {
      hashes.putNull("md5").putNull("sha256");
    } else {
      hashes.put("md5", v.md5()).put("sha256", v.sha256());
      extra.put("downloads", 0);
    }
    at.putArray("tags");
    at.put("current_user_can_comment", true).put("current_version", Math.max(1, f.versions.size()));
    at.put("show_as_unviewed", false);
    fileRelationships(o, f);
    fileLinks(o, f);
    return o;
  }

  private void fileRelationships(ObjectNode o, FileRec f) {
    ObjectNode r = o.putObject("relationships");
    FileRec parent = store.parent(f);
    if (parent != null) {
      r.set("parent_folder", relData(c.api("files/" + parent.id + "/"), parent.id, "files"));
    }
    if (f.folder) {
      r.set("files", rel(c.api("nodes/" + f.nodeId + "/files/osfstorage/" + f.id + "/")));
    } else {
      r.set("versions", rel(c.api("files/" + f.id + "/versions/")));
      if (f.guid != null) {
        r.set(
            "comments",
            rel(c.api("nodes/" + f.nodeId + "/comments/?filter%5Btarget%5D=" + f.guid)));
      }
    }
    String nodeHref = c.api("nodes/" + f.nodeId + "/");
    if (c.minor() <= 7) {
      r.set("node", relData(nodeHref, f.nodeId, "nodes"));
    }
    ObjectNode target = rel(nodeHref);
    ((ObjectNode) target.get("links").get("related").get("meta")).put("type", "nodes");
    target.putObject("data").put("type", "nodes").put("id", f.nodeId);
    r.set("target", target);
    r.set("cedar_metadata_records", rel(c.api("files/" + f.id + "/cedar_metadata_records/")));
  }

  private void fileLinks(ObjectNode o, FileRec f) {
    ObjectNode l = o.putObject("links");
    String wb = c.wb(f.nodeId) + "/" + f.id + (f.folder ? "/" : "");
    l.put("info", c.api("files/" + f.id + "/"));
    l.put("move", wb).put("upload", wb).put("delete", wb);
    if (f.folder) {
      l.put("new_folder", wb + "?kind=folder");
    } else {
      String dl = c.web("download/" + (f.guid != null ? f.guid : f.id) + "/");
      l.put("download", dl);
      l.put("render", c.web("render?url=" + enc(dl + "?direct&mode=render")));
      l.put("html", c.web(f.nodeId + "/files/osfstorage/" + f.id));
    }
    l.put("self", c.api("files/" + f.id + "/"));
    if (f.guid != null) {
      l.put("iri", c.web(f.guid));
    }
  }

  ObjectNode provider(NodeRec n) {
    ObjectNode o = MAPPER.createObjectNode().put("id", n.id + ":osfstorage").put("type", "files");
    ObjectNode at = o.putObject("attributes");
    at.put("kind", "folder").put("name", "osfstorage").put("path", "/").put("node", n.id);
    at.put("provider", "osfstorage");
    ObjectNode r = o.putObject("relationships");
    r.set("files", rel(c.api("nodes/" + n.id + "/files/osfstorage/")));
    r.set("root_folder", relData(c.api("files/" + n.rootFolderId + "/"), n.rootFolderId, "files"));
    ObjectNode target = relData(c.api("nodes/" + n.id + "/"), n.id, "nodes");
    r.set("target", target);
    ObjectNode l = o.putObject("links");
    l.put("upload", c.wb(n.id) + "/").put("new_folder", c.wb(n.id) + "/?kind=folder");
    l.put("storage_addons", c.api("addons/?filter%5Bcategories%5D=storage"));
    return o;
  }

  ObjectNode version(FileRec f, Version v) {
    synchronized (store) {
      return versionLocked(f, v);
    }
  }

  private ObjectNode versionLocked(FileRec f, Version v) {
    ObjectNode o = MAPPER.createObjectNode().put("id", String.valueOf(v.number()));
    o.put("type", "file_versions");
    ObjectNode at = o.putObject("attributes");
    at.put("size", v.size()).put("content_type", "application/octet-stream");
    at.put("date_created", Dates.api(v.created(), c.minor())).put("name", f.name);
    ObjectNode l = o.putObject("links");
    l.put("self", c.api("files/" + f.id + "/versions/" + v.number() + "/"));
    l.put("html", c.web(f.nodeId + "/files/osfstorage/" + f.id + "?revision=" + v.number()));
    l.put("download", c.wb(f.nodeId) + "/" + f.id + "?version=" + v.number());
    l.put("render", c.web("render?url=" + enc(c.wb(f.nodeId) + "/" + f.id)));
    return o;
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
