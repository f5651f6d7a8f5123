package io.github.osf4j.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/** Renders WaterButler v1 entities; non-ASCII is escaped as WaterButler's json.dumps does. */
final class WbJson {
  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
          .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
          .build();

  private final ApiCtx c;
  private final Store store;

  WbJson(ApiCtx c, Store store) {
    this.c = c;
    this.store = store;
  }

  /** The attributes as in WaterButler's serialized() (no resource). */
  ObjectNode serialized(FileRec f, boolean fromPut) {
    synchronized (store) {
      return serializedLocked(f, fromPut);
    }
  }

  private ObjectNode serializedLocked(FileRec f, boolean fromPut) {
    ObjectNode at = MAPPER.createObjectNode();
    ObjectNode extra = at.putObject("extra");
    Version v = f.latest();
    String path = "/" + f.id + (f.folder ? "/" : "");
    if (!f.folder && v != null) {
      if (f.guid == null) {
        extra.putNull("guid");
      } else {
        extra.put("guid", f.guid);
      }
      extra.put("version", v.number()).put("downloads", 0).putNull("checkout");
      extra.putNull("latestVersionSeen");
      if (!f.hashless) {
        extra.putObject("hashes").put("md5", v.md5()).put("sha256", v.sha256());
      }
    }
    at.put("kind", f.folder ? "folder" : "file").put("name", f.name).put("path", path);
    at.put("provider", "osfstorage").put("materialized", store.materialized(f));
    if (f.folder || v == null) {
      at.put("etag", Blobs.sha256Hex("osfstorage::folder::" + path));
      return at;
    }
    at.put("etag", Blobs.sha256Hex("osfstorage::" + v.number() + "::" + path));
    at.put("contentType", "application/octet-stream");
    at.put("modified", Dates.wb(v.created()));
    at.put("modified_utc", Dates.wbUtc(v.created(), !fromPut));
    Version first = f.first();
    if (fromPut || first == null) {
      at.putNull("created_utc");
    } else {
      at.put("created_utc", Dates.wbUtc(first.created(), true));
    }
    at.put("size", v.size()).put("sizeInt", v.size());
    return at;
  }

  /** The JSON:API-style entity WaterButler returns from uploads, metadata and moves. */
  ObjectNode entity(FileRec f, boolean fromPut, boolean withChildren) {
    synchronized (store) {
      return entityLocked(f, fromPut, withChildren);
    }
  }

  private ObjectNode entityLocked(FileRec f, boolean fromPut, boolean withChildren) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", "osfstorage/" + f.id + (f.folder ? "/" : "")).put("type", "files");
    ObjectNode at = serialized(f, fromPut);
    if (f.folder && withChildren) {
      var children = at.putArray("children");
      for (FileRec child : store.list(f.id)) {
        children.add(serialized(child, false));
      }
    }
    at.put("resource", f.nodeId);
    if (f.folder) {
      at.putNull("size").putNull("sizeInt");
    }
    o.set("attributes", at);
    String url = c.wb(f.nodeId) + (f.isRoot() ? "/" : "/" + f.id + (f.folder ? "/" : ""));
    ObjectNode l = o.putObject("links");
    l.put("move", url).put("upload", url + "?kind=file").put("delete", url);
    if (f.folder) {
      l.put("new_folder", url + "?kind=folder");
    } else {
      l.put("download", url);
    }
    return o;
  }

  ObjectNode revision(FileRec f, Version v, Account owner) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", String.valueOf(v.number())).put("type", "file_versions");
    ObjectNode at = o.putObject("attributes");
    ObjectNode extra = at.putObject("extra");
    extra.putObject("user").put("name", owner.fullName()).put("url", "/" + owner.id() + "/");
    extra.put("downloads", 0);
    if (f.hashless) {
      extra.putObject("hashes").putNull("md5").putNull("sha256");
    } else {
      extra.putObject("hashes").put("md5", v.md5()).put("sha256", v.sha256());
    }
    at.put("version", String.valueOf(v.number()));
    at.put("modified", Dates.wb(v.created()));
    at.put("modified_utc", Dates.wbUtc(v.created(), false));
    at.put("versionIdentifier", "version");
    return o;
  }

  static byte[] bytes(Object o) {
    try {
      return MAPPER.writeValueAsString(o).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
