package io.github.osf4j.store.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.ProjectConfig;
import io.github.osf4j.core.ProjectFileException;
import io.github.osf4j.core.ProjectState;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.Snapshot;
import jakarta.inject.Inject;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads a pyosf project file ({@code .proj}) into an osf4j {@link ProjectState}, which the caller
 * then saves with a {@link io.github.osf4j.core.ProjectStore}.
 *
 * <p>pyosf's index is trusted only as far as it can be: a file seeds the base only when its md5 and
 * size are known (and its path is valid); folders are kept; ancestors of seeded files are added as
 * folders. Remote ids, timestamps and local stamps are not imported, so the first sync re-checks
 * every file by content. A path listed twice counts as its last listing. The pyosf file is only
 * read. Stateless and thread-safe.
 */
public final class PyosfImport {

  /** The OSF API v2 base URL a pyosf project is assumed to use. */
  public static final String DEFAULT_API_URL = "https://api.osf.io/v2/";

  /** The OSF files (WaterButler) base URL a pyosf project is assumed to use. */
  public static final String DEFAULT_FILES_URL = "https://files.osf.io/v1/";

  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject
  public PyosfImport() {}

  /**
   * Reads {@code projFile}; the user id is left empty, to be filled in once the user logs in.
   *
   * @throws FileNotFoundException when it does not exist
   * @throws ProjectFileException when it is unreadable or not a pyosf project file
   */
  public ProjectState read(Path projFile) throws IOException {
    return read(projFile, "");
  }

  /**
   * Reads {@code projFile} for the user with id {@code userId}.
   *
   * @throws FileNotFoundException when it does not exist
   * @throws ProjectFileException when it is unreadable or not a pyosf project file
   */
  public ProjectState read(Path projFile, String userId) throws IOException {
    requireNonNull(userId, "userId");
    JsonNode root = parse(projFile);
    String projectId = root.path("project_id").asText("");
    if (!root.isObject() || projectId.isBlank() || !root.path("root_path").isTextual()) {
      throw new ProjectFileException(
          projFile + " is not a pyosf project file (it needs \"project_id\" and \"root_path\").");
    }
    ProjectConfig config =
        new ProjectConfig(
            DEFAULT_API_URL,
            DEFAULT_FILES_URL,
            projectId,
            root.path("name").asText(""),
            userId,
            root.path("username").asText(""),
            root.path("root_path").asText(),
            List.of());
    return new ProjectState(config, base(root.path("index")));
  }

  private static JsonNode parse(Path projFile) throws IOException {
    try (InputStream in = Files.newInputStream(projFile)) {
      JsonNode root = JSON.readTree(in);
      if (root == null) {
        throw new ProjectFileException(projFile + " is empty; it is not a pyosf project file.");
      }
      return root;
    } catch (NoSuchFileException e) {
      throw new FileNotFoundException("No pyosf project file at " + projFile);
    } catch (JsonProcessingException e) {
      throw new ProjectFileException(
          "pyosf project file " + projFile + " is corrupt (" + e.getOriginalMessage() + ").", e);
    }
  }

  private static Snapshot base(JsonNode index) {
    Map<RelPath, JsonNode> last = new LinkedHashMap<>();
    for (JsonNode asset : index) {
      relPath(asset.path("path").asText("")).ifPresent(path -> last.put(path, asset));
    }
    Snapshot.Builder builder = Snapshot.builder();
    last.forEach((path, asset) -> trusted(path, asset).ifPresent(builder::put));
    Snapshot seeded = builder.build();
    for (Entry entry : seeded.entries().values()) {
      addAncestors(seeded, builder, entry.path());
    }
    return builder.build();
  }

  /** Adds the folders above {@code path}, or drops it when an ancestor is seeded as a file. */
  private static void addAncestors(Snapshot seeded, Snapshot.Builder builder, RelPath path) {
    Optional<RelPath> parent = path.parent();
    while (parent.isPresent()) {
      Entry above = seeded.find(parent.get());
      if (above != null && above.isFile()) {
        builder.removeTree(parent.get());
        builder.put(above);
        return;
      }
      if (builder.find(parent.get()) == null) {
        builder.put(Entry.folder(parent.get()));
      }
      parent = parent.get().parent();
    }
  }

  private static Optional<Entry> trusted(RelPath path, JsonNode asset) {
    if ("folder".equals(asset.path("kind").asText(""))) {
      return Optional.of(Entry.folder(path));
    }
    String md5 = hex(asset.get("md5"), 32);
    JsonNode size = asset.get("size");
    if (md5 == null || size == null || !size.canConvertToLong() || size.asLong(-1) < 0) {
      return Optional.empty();
    }
    return Optional.of(Entry.file(path, size.asLong(), md5, hex(asset.get("sha256"), 64)));
  }

  private static @Nullable String hex(@Nullable JsonNode node, int length) {
    if (node == null || !node.isTextual()) {
      return null;
    }
    String text = node.asText();
    boolean valid =
        text.length() == length && text.chars().allMatch(c -> Character.digit(c, 16) >= 0);
    return valid ? text : null;
  }

  /** pyosf's path as a relative path: {@code \} becomes {@code /}, outer slashes go. */
  private static Optional<RelPath> relPath(String raw) {
    String path = raw.replace('\\', '/');
    int start = 0;
    int end = path.length();
    while (start < end && path.charAt(start) == '/') {
      start++;
    }
    while (end > start && path.charAt(end - 1) == '/') {
      end--;
    }
    String trimmed = path.substring(start, end);
    return RelPath.isValid(trimmed) ? Optional.of(RelPath.of(trimmed)) : Optional.empty();
  }
}
