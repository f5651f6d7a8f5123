package io.github.osf4j.store.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.LocalStamp;
import io.github.osf4j.core.ProjectConfig;
import io.github.osf4j.core.ProjectState;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.RemoteRef;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Streams a {@link ProjectState} as a project file (format 1, 2 when it has a remote path, 3 when
 * it includes components; older readers must refuse those): one entry per line, so that 100,000
 * entries need neither a tree in memory nor a slow pretty printer. Problems are not persisted. The
 * ignore patterns recorded with the index go in {@code "ignoreRules"} (older readers skip it).
 */
final class ProjectFileWriter {

  private ProjectFileWriter() {}

  static void write(JsonFactory json, ProjectState state, OutputStream out) throws IOException {
    try (JsonGenerator g = json.createGenerator(out)) {
      g.setPrettyPrinter(new OneValuePerLine());
      g.writeStartObject();
      g.writeNumberField("format", format(state.config()));
      writeConfig(g, state.config());
      List<String> rules = state.ignoreRules();
      if (rules != null) {
        writeStrings(g, "ignoreRules", rules);
      }
      g.writeArrayFieldStart("entries");
      for (Entry entry : state.base().entries().values()) {
        writeEntry(g, entry);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  private static int format(ProjectConfig config) {
    if (config.components()) {
      return ProjectFileFormat.COMPONENTS;
    }
    return config.remotePath() == null
        ? ProjectFileFormat.WHOLE_STORAGE
        : ProjectFileFormat.REMOTE_PATH;
  }

  private static void writeConfig(JsonGenerator g, ProjectConfig config) throws IOException {
    g.writeObjectFieldStart("config");
    g.writeStringField("apiUrl", config.apiUrl());
    g.writeStringField("filesUrl", config.filesUrl());
    String projectFilesUrl = config.projectFilesUrl();
    if (projectFilesUrl != null) {
      g.writeStringField("projectFilesUrl", projectFilesUrl);
    }
    g.writeStringField("projectId", config.projectId());
    g.writeStringField("projectTitle", config.projectTitle());
    g.writeStringField("userId", config.userId());
    g.writeStringField("username", config.username());
    g.writeStringField("localRoot", config.localRoot());
    RelPath remotePath = config.remotePath();
    if (remotePath != null) {
      g.writeStringField("remotePath", remotePath.value());
    }
    writeStrings(g, "ignore", config.ignore());
    if (config.components()) {
      g.writeObjectFieldStart("components");
      for (Map.Entry<String, RelPath> component : config.componentFolders().entrySet()) {
        g.writeStringField(component.getKey(), component.getValue().value());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void writeStrings(JsonGenerator g, String field, List<String> values)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (String value : values) {
      g.writeString(value);
    }
    g.writeEndArray();
  }

  private static void writeEntry(JsonGenerator g, Entry entry) throws IOException {
    g.writeStartObject();
    g.writeStringField("path", entry.path().value());
    g.writeStringField("kind", entry.isFile() ? "file" : "folder");
    if (entry.isFile()) {
      g.writeNumberField("size", entry.size());
    }
    optional(g, "md5", entry.md5());
    optional(g, "sha256", entry.sha256());
    RemoteRef remote = entry.remote();
    if (remote != null) {
      g.writeObjectFieldStart("remote");
      g.writeStringField("id", remote.id());
      g.writeNumberField("version", remote.version());
      g.writeEndObject();
    }
    LocalStamp stamp = entry.stamp();
    if (stamp != null) {
      g.writeObjectFieldStart("local");
      g.writeNumberField("size", stamp.size());
      g.writeNumberField("mtime", stamp.modifiedMillis());
      optional(g, "fileKey", stamp.fileKey());
      g.writeEndObject();
    }
    optional(g, "spelling", entry.spelling());
    g.writeEndObject();
  }

  private static void optional(JsonGenerator g, String name, @Nullable String value)
      throws IOException {
    if (value != null) {
      g.writeStringField(name, value);
    }
  }

  /** Compact JSON with a line break before each array element, for humans and diff tools. */
  private static final class OneValuePerLine extends MinimalPrettyPrinter {
    private static final long serialVersionUID = 1L;

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
      g.writeRaw('\n');
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(",\n");
    }
  }
}
