package io.github.osf4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.RemoteRef;
import io.github.osf4j.core.Snapshot;
import io.github.osf4j.core.SyncOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code osf4j ls}: what is on OSF, with sizes, hashes and versions; changes nothing. */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    name = "ls",
    description = {
      "List the files of a project on OSF (changes nothing).",
      "Give a project file, or --project ID; then optionally a folder or file PATH inside it.",
      "Folders end with '/'. --long adds size, version count, the time OSF stored the latest"
          + " version (UTC) and sha256 (md5 where OSF gives no sha256)."
    })
final class LsCommand implements Callable<Integer>, JsonCommand {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @ParentCommand
  @SuppressWarnings("NullAway.Init")
  OsfCommand root;

  @Parameters(
      arity = "0..2",
      paramLabel = "PROJECT_FILE|PATH",
      description = "The project file (unless --project is given), then a PATH on OSF.")
  List<String> args = new ArrayList<>();

  @Option(names = "--project", paramLabel = "ID", description = "List this OSF project by id.")
  @Nullable String project;

  @Option(
      names = {"-l", "--long"},
      description = "Sizes, version counts and hashes.")
  boolean longFormat;

  @Option(
      names = {"-R", "--recursive"},
      description = "Everything below PATH, not only what is directly inside it.")
  boolean recursive;

  @Option(names = "--json", description = "Print the listing as one JSON object.")
  boolean json;

  @Override
  public boolean json() {
    return json;
  }

  @Override
  public Integer call() throws IOException, CliException {
    String id = project;
    String path;
    Snapshot listing;
    if (id != null) {
      if (args.size() > 1) {
        throw CliException.usage("ls --project takes at most one PATH, not a project file too");
      }
      path = args.isEmpty() ? "" : args.get(0);
      listing = root.session().listFiles(id);
    } else {
      if (args.isEmpty()) {
        throw CliException.usage("ls needs a PROJECT_FILE or --project ID");
      }
      path = args.size() > 1 ? args.get(1) : "";
      try (ProjectRun run =
          ProjectRun.open(root, Path.of(args.get(0)), SyncOptions.DEFAULTS, false)) {
        id = run.projectId();
        listing = run.listRemote();
      }
    }
    List<Entry> shown = select(listing, folderOf(path));
    if (json) {
      root.context().print(JsonOutput.write(json(id, path, shown)));
    } else {
      for (Entry entry : shown) {
        root.context().print(longFormat ? longLine(entry) : name(entry));
      }
      if (shown.isEmpty()) {
        root.info(path.isEmpty() ? "No files on OSF." : "Nothing in " + path + " on OSF.");
      }
    }
    listing.problems().forEach((p, why) -> root.context().error("osf4j: " + p + ": " + why));
    return ExitCodes.OK;
  }

  private @Nullable RelPath folderOf(String path) throws CliException {
    String trimmed = path.replaceAll("^/+|/+$", "");
    if (trimmed.isEmpty()) {
      return null;
    }
    if (!RelPath.isValid(trimmed)) {
      throw CliException.usage("PATH '" + path + "' is not a path inside the project");
    }
    return RelPath.of(trimmed);
  }

  private List<Entry> select(Snapshot listing, @Nullable RelPath under) throws CliException {
    if (under != null) {
      Optional<Entry> target = listing.get(under);
      if (target.isEmpty()) {
        throw CliException.usage("no " + under + " on OSF in this project");
      }
      if (target.get().isFile()) {
        return List.of(target.get());
      }
    }
    List<Entry> shown = new ArrayList<>();
    for (Entry entry : listing.entries().values()) {
      RelPath p = entry.path();
      boolean inside = under == null || under.isAncestorOf(p);
      boolean direct = p.parent().equals(Optional.ofNullable(under));
      if (inside && (recursive || direct)) {
        shown.add(entry);
      }
    }
    return shown;
  }

  private String name(Entry entry) {
    String shown = recursive ? entry.path().value() : entry.path().name();
    return entry.isFolder() ? shown + "/" : shown;
  }

  private String longLine(Entry entry) {
    if (entry.isFolder()) {
      return String.format(
          Locale.ROOT, "%10s  %4s  %-20s  %-64s  %s", "-", "", "", "", name(entry));
    }
    RemoteRef ref = entry.remote();
    String versions = ref == null ? "" : "v" + ref.version();
    String sha256 = entry.sha256();
    String md5 = entry.md5();
    String hash = sha256 != null ? sha256 : md5 != null ? "md5:" + md5 : "(no hash)";
    Instant modified = entry.modified();
    return String.format(
        Locale.ROOT,
        "%10s  %4s  %-20s  %-64s  %s",
        Sizes.human(entry.size()),
        versions,
        modified == null ? "-" : modified.truncatedTo(ChronoUnit.SECONDS).toString(),
        hash,
        name(entry));
  }

  private static ObjectNode json(String id, String path, List<Entry> entries) {
    ObjectNode out = MAPPER.createObjectNode();
    out.put("project", id);
    out.put("path", path);
    ArrayNode files = out.putArray("entries");
    for (Entry entry : entries) {
      ObjectNode e = files.addObject();
      e.put("path", entry.path().value());
      e.put("name", entry.path().name());
      e.put("kind", entry.isFolder() ? "folder" : "file");
      if (entry.isFile()) {
        e.put("size", entry.size());
        e.put("md5", entry.md5());
        e.put("sha256", entry.sha256());
        Instant modified = entry.modified();
        e.put("modified", modified == null ? null : modified.toString());
      }
      RemoteRef ref = entry.remote();
      if (ref != null) {
        e.put("id", ref.id());
        if (entry.isFile()) {
          e.put("versions", ref.version());
        }
      }
    }
    return out;
  }
}
