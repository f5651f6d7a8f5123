package io.github.osf4j.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.osf4j.core.EntryKind;
import io.github.osf4j.core.ProjectInfo;
import io.github.osf4j.core.UserInfo;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Reads OSF API v2 and WaterButler bodies into values, and writes request bodies. */
final class Json {
  static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** A folder listing is read as a stream up to this size (100,000 files take about 70 MB). */
  static final long MAX_LISTING_BYTES = 1L << 30;

  private static final ObjectMapper LISTING =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder().maxDocumentLength(MAX_LISTING_BYTES).build())
              .build());

  private Json() {}

  static JsonNode parse(byte[] body) throws IOException {
    if (body.length == 0) {
      throw new IOException("empty response body where JSON was expected");
    }
    JsonNode node = MAPPER.readTree(body);
    if (node == null || node.isMissingNode()) {
      throw new IOException("empty response body where JSON was expected");
    }
    return node;
  }

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static byte[] write(JsonNode tree) {
    try {
      return MAPPER.writeValueAsBytes(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }

  /** The server's message from any of OSF's error shapes; empty when there is none. */
  static String errorMessage(JsonNode root) {
    List<String> parts = new ArrayList<>();
    for (JsonNode error : root.path("errors")) {
      String detail = text(error, "detail");
      if (detail != null) {
        parts.add(detail);
      }
    }
    if (parts.isEmpty()) {
      for (String field : new String[] {"message", "message_long", "message_short", "error"}) {
        String value = text(root, field);
        if (value != null) {
          parts.add(value.replaceAll("<[^>]*>", ""));
          break;
        }
      }
    }
    String joined = String.join("; ", parts);
    return joined.length() > 300 ? joined.substring(0, 300) + "..." : joined;
  }

  /** One page of an API v2 list in the 2.0 or the 2.1+ shape. */
  static Page page(JsonNode root) throws IOException {
    JsonNode data = root.path("data");
    if (!data.isArray()) {
      throw new IOException("unexpected response: 'data' is not a list");
    }
    List<JsonNode> items = new ArrayList<>();
    data.forEach(items::add);
    String next = text(root.path("links"), "next");
    JsonNode total = root.path("meta").path("total");
    if (!total.isIntegralNumber()) {
      total = root.path("links").path("meta").path("total");
    }
    return new Page(items, next, total.isIntegralNumber() ? total.asLong() : -1);
  }

  /** The {@code data} list of a WaterButler folder listing. */
  /**
   * The items of a WaterButler folder listing ({@code {"data": [item...]}}), parsed one item at a
   * time from the stream, so that no whole-body limit stands in a big folder's way.
   */
  static List<RemoteItem> wbItems(InputStream body) throws IOException {
    try (JsonParser p = LISTING.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("unexpected response: not a JSON object");
      }
      List<RemoteItem> items = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if ("data".equals(field)) {
          if (value != JsonToken.START_ARRAY) {
            throw new IOException("unexpected response: 'data' is not a list");
          }
          items = new ArrayList<>();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            JsonNode node = p.readValueAsTree();
            items.add(wbItem(node == null ? MAPPER.missingNode() : node));
          }
        } else {
          p.skipChildren();
        }
      }
      if (items == null) {
        throw new IOException("unexpected response: 'data' is not a list");
      }
      return items;
    } catch (StreamConstraintsException e) {
      throw new IOException(
          "a folder listing is larger than " + (MAX_LISTING_BYTES >> 20) + " MiB", e);
    }
  }

  static List<JsonNode> list(JsonNode root) throws IOException {
    JsonNode data = root.path("data");
    if (!data.isArray()) {
      throw new IOException("unexpected response: 'data' is not a list");
    }
    List<JsonNode> items = new ArrayList<>();
    data.forEach(items::add);
    return items;
  }

  static UserInfo user(JsonNode data) throws IOException {
    JsonNode attributes = data.path("attributes");
    String email = text(attributes, "email");
    return new UserInfo(
        required(data, "id"),
        required(attributes, "full_name"),
        email == null || email.isBlank() ? null : email);
  }

  static ProjectInfo node(JsonNode data) throws IOException {
    JsonNode attributes = data.path("attributes");
    String parent = text(data.path("relationships").path("parent").path("data"), "id");
    return new ProjectInfo(
        required(data, "id"),
        Titles.unescape(required(attributes, "title")),
        parent,
        attributes.path("public").asBoolean(false),
        writable(attributes.path("current_user_permissions")));
  }

  /**
   * Whether {@code current_user_permissions} grants {@code write} (OSF lists {@code admin}, {@code
   * write} and {@code read} for a writer); a node without the field is taken as writable (OSF then
   * still refuses a write it does not allow).
   */
  private static boolean writable(JsonNode permissions) {
    if (!permissions.isArray()) {
      return true;
    }
    for (JsonNode permission : permissions) {
      String name = permission.asText("");
      if (name.equals("write") || name.equals("admin")) {
        return true;
      }
    }
    return false;
  }

  /** A file or folder object of API v2 ({@code /nodes/{id}/files/...}, {@code /files/{id}/}). */
  static RemoteItem apiFile(JsonNode data) throws IOException {
    JsonNode a = data.path("attributes");
    EntryKind kind = kind(required(a, "kind"));
    JsonNode hashes = a.path("extra").path("hashes");
    boolean file = kind == EntryKind.FILE;
    return new RemoteItem(
        required(data, "id"),
        kind,
        required(a, "name"),
        file ? size(a.path("size")) : 0,
        file ? hex(hashes, "md5", 32) : null,
        file ? hex(hashes, "sha256", 64) : null,
        file ? Math.max(1, a.path("current_version").asInt(1)) : 0,
        text(a, "materialized_path"),
        file ? utc(text(a, "date_modified")) : null);
  }

  /**
   * A WaterButler entity: the JSON:API form ({@code {id,type,attributes,links}}) or the plain
   * serialized form of move/copy 409 bodies and folder children.
   */
  static RemoteItem wbItem(JsonNode data) throws IOException {
    JsonNode a = data.has("attributes") ? data.path("attributes") : data;
    EntryKind kind = kind(required(a, "kind"));
    JsonNode extra = a.path("extra");
    JsonNode hashes = extra.path("hashes");
    boolean file = kind == EntryKind.FILE;
    JsonNode size = a.path("sizeInt").isIntegralNumber() ? a.path("sizeInt") : a.path("size");
    return new RemoteItem(
        idFromPath(required(a, "path")),
        kind,
        required(a, "name"),
        file ? size(size) : 0,
        file ? hex(hashes, "md5", 32) : null,
        file ? hex(hashes, "sha256", 64) : null,
        file ? Math.max(1, extra.path("version").asInt(1)) : 0,
        text(a, "materialized"),
        file ? utc(text(a, "modified_utc")) : null);
  }

  /**
   * An OSF time: ISO-8601 with an offset ({@code modified_utc}), or without one, which OSF means as
   * UTC ({@code date_modified}); null when absent or unreadable (a time only orders conflict
   * winners, so a bad one is dropped, not an error).
   */
  static @Nullable Instant utc(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException withoutOffset) {
      try {
        return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException unreadable) {
        return null;
      }
    }
  }

  /** The id in an osfstorage path such as {@code /5d4e.../} or {@code /5d4e...}. */
  static String idFromPath(String path) throws IOException {
    String id = path;
    if (id.startsWith("/")) {
      id = id.substring(1);
    }
    if (id.endsWith("/")) {
      id = id.substring(0, id.length() - 1);
    }
    if (id.isEmpty() || id.contains("/")) {
      throw new IOException("unexpected response: not an osfstorage id path: " + path);
    }
    return id;
  }

  static @Nullable String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() ? value.asText() : null;
  }

  static String required(JsonNode node, String field) throws IOException {
    String value = text(node, field);
    if (value == null) {
      throw new IOException("unexpected response: no text field '" + field + "'");
    }
    return value;
  }

  private static EntryKind kind(String kind) throws IOException {
    switch (kind) {
      case "file":
        return EntryKind.FILE;
      case "folder":
        return EntryKind.FOLDER;
      default:
        throw new IOException("unexpected response: kind '" + kind + "'");
    }
  }

  /** The size in bytes, or -1 when OSF gives none. */
  private static long size(JsonNode size) {
    return size.isIntegralNumber() && size.asLong() >= 0 ? size.asLong() : -1;
  }

  private static @Nullable String hex(JsonNode hashes, String field, int length) {
    String value = text(hashes, field);
    if (value == null) {
      return null;
    }
    String lower = value.toLowerCase(Locale.ROOT);
    boolean valid =
        lower.length() == length && lower.chars().allMatch(c -> Character.digit(c, 16) >= 0);
    return valid ? lower : null;
  }
}
