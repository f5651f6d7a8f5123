package io.github.osf4j.store.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.osf4j.core.AccessToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads pyosf's {@code tokens.json} ({@code {"user@example.com": "TOKEN"}}) as a read-only
 * fallback. pyosf's files are never written. A missing, unreadable or malformed file counts as
 * holding no token: it is somebody else's file, and the user can always log in again.
 */
final class PyosfTokens {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<Path> files;

  PyosfTokens(List<Path> dirs) {
    this.files = dirs.stream().map(d -> d.resolve("tokens.json")).toList();
  }

  /**
   * The token pyosf stored for {@code username} (case ignored), from the first file that has one.
   */
  Optional<AccessToken> find(String username) {
    for (Path file : files) {
      Optional<AccessToken> token = find(file, username);
      if (token.isPresent()) {
        return token;
      }
    }
    return Optional.empty();
  }

  private static Optional<AccessToken> find(Path file, String username) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (InputStream in = Files.newInputStream(file)) {
      JsonNode root = JSON.readTree(in);
      if (root == null || !root.isObject()) {
        return Optional.empty();
      }
      for (Map.Entry<String, JsonNode> field : root.properties()) {
        if (StoredAccount.sameUsername(field.getKey(), username) && field.getValue().isTextual()) {
          return Optional.of(new AccessToken(field.getValue().asText()));
        }
      }
      return Optional.empty();
    } catch (IOException | IllegalArgumentException unusable) {
      return Optional.empty();
    }
  }
}
