package io.github.osf4j.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.FileVersion;
import io.github.osf4j.core.RemoteRef;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A file's versions: WaterButler's {@code ?versions} gives each version's hashes and time, API v2's
 * {@code files/{id}/versions/} its size. Thread-safe.
 */
final class Versions {
  private final Retrier retrier;
  private final Pager pager;
  private final Urls urls;
  private final Auth auth;

  Versions(Retrier retrier, Pager pager, Urls urls, Auth auth) {
    this.retrier = retrier;
    this.pager = pager;
    this.urls = urls;
    this.auth = auth;
  }

  /** Newest first. */
  List<FileVersion> versions(String projectId, Entry file) throws IOException {
    RemoteRef ref = file.remote();
    if (!file.isFile() || ref == null) {
      throw new IllegalArgumentException("not a remote file: " + file.path());
    }
    Step step = Step.read("list the versions of '" + file.path() + "'", projectId);
    Map<String, Long> sizes = new HashMap<>();
    URI api = urls.api("files/" + Urls.segment(ref.id()) + "/versions/", "page[size]", "100");
    for (JsonNode item : pager.all(step, api, auth.credentials())) {
      sizes.put(item.path("id").asText(), item.path("attributes").path("size").asLong(-1));
    }
    URI wb = urls.file(projectId, ref.id(), "versions", "");
    JsonNode root =
        retrier.run(
            step,
            () -> Req.get(wb, auth.credentials()),
            reply -> {
              if (reply.status() != 200) {
                throw Failures.of(reply, step.what(), projectId, false);
              }
              return Json.parse(reply.bytes());
            });
    List<FileVersion> versions = new ArrayList<>();
    for (JsonNode item : Json.list(root)) {
      JsonNode at = item.path("attributes");
      String id = at.path("version").asText(item.path("id").asText());
      int number;
      try {
        number = Integer.parseInt(id);
      } catch (NumberFormatException e) {
        throw new IOException("OSF named a version '" + id + "', not a number", e);
      }
      Long size = sizes.get(id);
      if (size == null || size < 0) {
        throw new IOException("OSF gave no size for version " + id + " of '" + file.path() + "'");
      }
      JsonNode hashes = at.path("extra").path("hashes");
      versions.add(
          new FileVersion(
              number,
              size,
              hex(hashes, "md5", 32),
              hex(hashes, "sha256", 64),
              time(Json.text(at, "modified_utc"))));
    }
    versions.sort((a, b) -> Integer.compare(b.number(), a.number()));
    return versions;
  }

  private static @Nullable String hex(JsonNode hashes, String field, int length) {
    String value = Json.text(hashes, field);
    return value != null && value.length() == length && value.matches("[0-9a-fA-F]+")
        ? value
        : null;
  }

  private static @Nullable Instant time(@Nullable String text) {
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
