package io.github.osf4j.http;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Builds API v2 URLs (pinned to version 2.20) and WaterButler osfstorage URLs, percent-encoding
 * every path segment and query value. A project's WaterButler URLs use its storage region's base
 * once {@link StorageRegions} has found it, the configured files URL until then. Thread-safe.
 */
final class Urls {
  static final String API_VERSION = "2.20";

  private final URI api;
  private final URI files;
  private final Map<String, URI> regionBases = new ConcurrentHashMap<>();

  Urls(URI api, URI files) {
    this.api = api;
    this.files = files;
  }

  /** The configured WaterButler base: the fallback for projects whose region is not known. */
  URI filesBase() {
    return files;
  }

  /** The WaterButler base of {@code node}'s region, if known. */
  @Nullable URI regionBase(String node) {
    return regionBases.get(node);
  }

  /** From now on, {@code node}'s WaterButler URLs start with {@code base} (ends in a slash). */
  void useRegionBase(String node, URI base) {
    regionBases.put(node, base);
  }

  /** The WaterButler base for {@code node}: its region's when known, else the configured one. */
  URI filesBase(String node) {
    URI base = regionBases.get(node);
    return base == null ? files : base;
  }

  URI apiBase() {
    return api;
  }

  /** {@code {api}{path}?version=2.20&k=v...}; {@code path} is already encoded. */
  URI api(String path, String... query) {
    return URI.create(api + path + "?" + query(concat("version", API_VERSION, query)));
  }

  /** An API URL at the default version 2.0 (token creation uses the 2.0 body shape). */
  URI apiDefaultVersion(String path) {
    return URI.create(api + path);
  }

  /** A folder: the root when {@code folderId} is null. */
  URI folder(String node, @Nullable String folderId, String... query) {
    String path = folderId == null ? "" : segment(folderId) + "/";
    return wb(node, path, query);
  }

  URI file(String node, String fileId, String... query) {
    return wb(node, segment(fileId), query);
  }

  private URI wb(String node, String path, String[] query) {
    String base = filesBase(node) + "resources/" + segment(node) + "/providers/osfstorage/" + path;
    return URI.create(query.length == 0 ? base : base + "?" + query(query));
  }

  /** A path segment or query value, percent-encoded as UTF-8 ({@code %20} for spaces). */
  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static String segment(String value) {
    if (value.isEmpty() || value.equals(".") || value.equals("..")) {
      throw new IllegalArgumentException("not an OSF id: '" + value + "'");
    }
    return encode(value);
  }

  private static String query(String[] pairs) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      if (out.length() > 0) {
        out.append('&');
      }
      out.append(encode(pairs[i])).append('=').append(encode(pairs[i + 1]));
    }
    return out.toString();
  }

  private static String[] concat(String key, String value, String[] rest) {
    String[] all = new String[rest.length + 2];
    all[0] = key;
    all[1] = value;
    System.arraycopy(rest, 0, all, 2, rest.length);
    return all;
  }
}
