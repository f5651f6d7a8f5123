package io.github.osf4j.store.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.EntryKind;
import io.github.osf4j.core.LocalStamp;
import io.github.osf4j.core.ProjectConfig;
import io.github.osf4j.core.ProjectState;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.RemoteRef;
import io.github.osf4j.core.Snapshot;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parses a project file by streaming. Anything unexpected (wrong type, missing field, invalid
 * entry, duplicate path, trailing content, early end) is a {@link JsonParseException} with its
 * location; a newer format is a {@link NewerFormatException}. Unknown fields are skipped; a file
 * without {@code "ignoreRules"} (written before they were recorded) reads as not recording them.
 */
final class ProjectFileReader {

  /** The file declares a format newer than {@link ProjectFileFormat#VERSION}. */
  static final class NewerFormatException extends IOException {
    private static final long serialVersionUID = 1L;
    final long format;

    NewerFormatException(long format) {
      super("format " + format);
      this.format = format;
    }
  }

  private final JsonParser p;

  private ProjectFileReader(JsonParser p) {
    this.p = p;
  }

  static ProjectState read(JsonFactory json, InputStream in) throws IOException {
    try (JsonParser p = json.createParser(in)) {
      return new ProjectFileReader(p).state();
    }
  }

  private ProjectState state() throws IOException {
    expect(p.nextToken() == JsonToken.START_OBJECT, "a project file is a JSON object");
    expect("format".equals(p.nextFieldName()), "the first field must be \"format\"");
    long format = number("format");
    if (format > ProjectFileFormat.VERSION) {
      throw new NewerFormatException(format);
    }
    expect(format >= ProjectFileFormat.WHOLE_STORAGE, "unknown format " + format);
    ProjectConfig config = null;
    Snapshot base = null;
    List<String> rules = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      if (field.equals("config")) {
        config = config();
      } else if (field.equals("entries")) {
        base = entries();
      } else if (field.equals("ignoreRules")) {
        rules = new ArrayList<>();
        strings("ignoreRules", rules);
      } else {
        p.nextToken();
        p.skipChildren();
      }
    }
    expect(p.currentToken() == JsonToken.END_OBJECT, "expected a field name");
    expect(p.nextToken() == null, "content after the end of the project");
    return new ProjectState(
        present(config, "no \"config\""), present(base, "no \"entries\""), rules);
  }

  private ProjectConfig config() throws IOException {
    Map<String, String> text = new HashMap<>();
    List<String> ignore = new ArrayList<>();
    Map<String, RelPath> components = null;
    startObject("config");
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      if (field.equals("ignore")) {
        strings("ignore", ignore);
      } else if (field.equals("components")) {
        components = components();
      } else {
        text.put(field, text(field));
      }
    }
    endObject();
    String remotePath = text.get("remotePath");
    if (remotePath != null && !RelPath.isValid(remotePath)) {
      throw new JsonParseException(p, "\"remotePath\" is not a folder path: " + remotePath);
    }
    if (components != null && remotePath != null) {
      throw new JsonParseException(p, "\"remotePath\" and \"components\" cannot go together");
    }
    return new ProjectConfig(
        required(text, "apiUrl"),
        required(text, "filesUrl"),
        required(text, "projectId"),
        text.getOrDefault("projectTitle", ""),
        text.getOrDefault("userId", ""),
        text.getOrDefault("username", ""),
        required(text, "localRoot"),
        ignore,
        text.get("projectFilesUrl"),
        remotePath == null ? null : RelPath.of(remotePath),
        components != null,
        components == null ? Map.of() : components);
  }

  /** {@code "components"}: each component's folder by its id. */
  private Map<String, RelPath> components() throws IOException {
    startObject("components");
    Map<String, RelPath> folders = new HashMap<>();
    for (String id = p.nextFieldName(); id != null; id = p.nextFieldName()) {
      String folder = text(id);
      if (!RelPath.isValid(folder)) {
        throw new JsonParseException(p, "component " + id + "'s folder is not a path: " + folder);
      }
      folders.put(id, RelPath.of(folder));
    }
    endObject();
    return folders;
  }

  private Snapshot entries() throws IOException {
    expect(p.nextToken() == JsonToken.START_ARRAY, "\"entries\" must be an array");
    Snapshot.Builder builder = Snapshot.builder();
    while (p.nextToken() == JsonToken.START_OBJECT) {
      Entry entry = entry();
      if (builder.find(entry.path()) != null) {
        throw new JsonParseException(p, "path listed twice: " + entry.path());
      }
      builder.put(entry);
    }
    expect(p.currentToken() == JsonToken.END_ARRAY, "an entry must be a JSON object");
    return builder.build();
  }

  private Entry entry() throws IOException {
    EntryFields f = new EntryFields();
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      f.read(field);
    }
    endObject();
    try {
      return f.toEntry();
    } catch (IllegalArgumentException e) {
      throw new JsonParseException(p, "invalid entry: " + e.getMessage());
    }
  }

  /** The fields of one entry as read so far. */
  private final class EntryFields {
    @Nullable String path;
    @Nullable String kind;
    long size;
    @Nullable String md5;
    @Nullable String sha256;
    @Nullable RemoteRef remote;
    @Nullable LocalStamp stamp;
    @Nullable String spelling;

    void read(String field) throws IOException {
      switch (field) {
        case "path" -> path = text(field);
        case "kind" -> kind = text(field);
        case "size" -> size = number(field);
        case "md5" -> md5 = text(field);
        case "sha256" -> sha256 = text(field);
        case "remote" -> remote = remote();
        case "local" -> stamp = stamp();
        case "spelling" -> spelling = text(field);
        default -> {
          p.nextToken();
          p.skipChildren();
        }
      }
    }

    Entry toEntry() throws IOException {
      RelPath relPath = new RelPath(present(path, "an entry without \"path\""));
      return new Entry(relPath, kind(), size, md5, sha256, remote, stamp, spelling);
    }

    private EntryKind kind() throws IOException {
      if ("file".equals(kind)) {
        return EntryKind.FILE;
      }
      expect("folder".equals(kind), "\"kind\" must be \"file\" or \"folder\"");
      return EntryKind.FOLDER;
    }
  }

  private RemoteRef remote() throws IOException {
    startObject("remote");
    String id = null;
    long version = -1;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      if (field.equals("id")) {
        id = text(field);
      } else if (field.equals("version")) {
        version = number(field);
      } else {
        p.nextToken();
        p.skipChildren();
      }
    }
    endObject();
    expect(version >= 0 && version <= Integer.MAX_VALUE, "invalid \"remote\" version");
    return new RemoteRef(present(id, "\"remote\" without \"id\""), (int) version);
  }

  private LocalStamp stamp() throws IOException {
    startObject("local");
    long size = -1;
    long mtime = 0;
    String fileKey = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      switch (field) {
        case "size" -> size = number(field);
        case "mtime" -> mtime = number(field);
        case "fileKey" -> fileKey = text(field);
        default -> {
          p.nextToken();
          p.skipChildren();
        }
      }
    }
    endObject();
    expect(size >= 0, "invalid \"local\" stamp");
    return new LocalStamp(size, mtime, fileKey);
  }

  private void strings(String field, List<String> into) throws IOException {
    String problem = "\"" + field + "\" must be an array of strings";
    expect(p.nextToken() == JsonToken.START_ARRAY, problem);
    while (p.nextToken() == JsonToken.VALUE_STRING) {
      into.add(p.getText());
    }
    expect(p.currentToken() == JsonToken.END_ARRAY, problem);
  }

  private String text(String field) throws IOException {
    if (p.nextToken() != JsonToken.VALUE_STRING) {
      throw new JsonParseException(p, "\"" + field + "\" must be a string");
    }
    return p.getText();
  }

  private long number(String field) throws IOException {
    if (p.nextToken() != JsonToken.VALUE_NUMBER_INT) {
      throw new JsonParseException(p, "\"" + field + "\" must be an integer");
    }
    return p.getLongValue();
  }

  private void startObject(String field) throws IOException {
    expect(p.nextToken() == JsonToken.START_OBJECT, "\"" + field + "\" must be an object");
  }

  private void endObject() throws IOException {
    expect(p.currentToken() == JsonToken.END_OBJECT, "expected a field name");
  }

  private String required(Map<String, String> text, String field) throws IOException {
    return present(text.get(field), "\"config\" has no \"" + field + "\"");
  }

  private <T> T present(@Nullable T value, String problem) throws IOException {
    if (value == null) {
      throw new JsonParseException(p, problem);
    }
    return value;
  }

  private void expect(boolean condition, String problem) throws IOException {
    if (!condition) {
      throw new JsonParseException(p, problem);
    }
  }
}
