package io.github.osf4j.store.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.osf4j.core.AccessToken;
import io.github.osf4j.core.OsfServer;
import io.github.osf4j.core.ProjectFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The token file's content and its JSON form: {@code {"format": 2, "accounts": [{"apiUrl",
 * "filesUrl", "userId", "username", "token"}...], "pyosfIgnored": [username...]}}, most recent
 * account first. Format 1 had no server in an account: such a token is osf.io's. Errors name the
 * file and a position, never the content (it holds secrets).
 */
final class TokenFile {

  static final int VERSION = 2;

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  /** The accounts, most recent first, and the pyosf usernames whose tokens were forgotten. */
  record Content(List<StoredAccount> accounts, Set<String> pyosfIgnored) {
    Content {
      accounts = List.copyOf(accounts);
      pyosfIgnored = Set.copyOf(pyosfIgnored);
    }

    static Content empty() {
      return new Content(List.of(), Set.of());
    }
  }

  private TokenFile() {}

  /** Reads {@code file}; a missing file is empty. */
  static Content read(Path file) throws IOException {
    JsonNode root;
    try (InputStream in = Files.newInputStream(file)) {
      root = JSON.readTree(in);
    } catch (NoSuchFileException e) {
      return Content.empty();
    } catch (JsonProcessingException e) {
      throw corrupt(file, "not valid JSON" + at(e.getLocation()));
    } catch (IOException e) {
      throw new ProjectFileException(
          "Cannot read token file " + file + " (" + e.getClass().getSimpleName() + ").");
    }
    return content(file, root);
  }

  private static Content content(Path file, @Nullable JsonNode root) throws IOException {
    if (root == null || !root.isObject() || !root.path("format").canConvertToInt()) {
      throw corrupt(file, "not an osf4j token file");
    }
    int format = root.path("format").asInt();
    if (format > VERSION) {
      throw new ProjectFileException(
          "Token file "
              + file
              + " has format "
              + format
              + ", newer than this osf4j reads ("
              + VERSION
              + "). Upgrade osf4j; the file was left untouched.");
    }
    List<StoredAccount> accounts = new ArrayList<>();
    for (JsonNode node : root.path("accounts")) {
      accounts.add(account(file, node));
    }
    Set<String> ignored = new LinkedHashSet<>();
    root.path("pyosfIgnored").forEach(n -> ignored.add(n.asText()));
    return new Content(accounts, ignored);
  }

  private static StoredAccount account(Path file, JsonNode node) throws IOException {
    JsonNode userId = node.get("userId");
    JsonNode token = node.get("token");
    if (userId == null || !userId.isTextual() || token == null || !token.isTextual()) {
      throw corrupt(file, "an account without \"userId\" or \"token\"");
    }
    try {
      return new StoredAccount(
          server(node),
          userId.asText(),
          node.path("username").asText(""),
          new AccessToken(token.asText()));
    } catch (IllegalArgumentException e) {
      throw corrupt(file, "an invalid account");
    }
  }

  /** The account's server; an account written before servers were stored is osf.io's. */
  private static OsfServer server(JsonNode account) {
    JsonNode api = account.get("apiUrl");
    JsonNode files = account.get("filesUrl");
    if (api == null || !api.isTextual() || files == null || !files.isTextual()) {
      return OsfServer.OSF_IO;
    }
    return new OsfServer(api.asText(), files.asText());
  }

  static void write(Content content, OutputStream out) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", VERSION);
    ArrayNode accounts = root.putArray("accounts");
    for (StoredAccount account : content.accounts()) {
      accounts
          .addObject()
          .put("apiUrl", account.server().apiUrl())
          .put("filesUrl", account.server().filesUrl())
          .put("userId", account.userId())
          .put("username", account.username())
          .put("token", account.token().value());
    }
    ArrayNode ignored = root.putArray("pyosfIgnored");
    content.pyosfIgnored().stream().sorted().forEach(ignored::add);
    JSON.writerWithDefaultPrettyPrinter().writeValue(out, root);
  }

  private static ProjectFileException corrupt(Path file, String problem) {
    return new ProjectFileException(
        "Token file "
            + file
            + " is corrupt ("
            + problem
            + "). It was left untouched: move it"
            + " away or delete it, then log in again.");
  }

  private static String at(@Nullable JsonLocation location) {
    return location == null
        ? ""
        : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }
}
