package io.github.osf4j.core.sync;

import static io.github.osf4j.core.sync.ProjectWorld.CONFIG;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import io.github.osf4j.core.ProjectState;
import io.github.osf4j.core.ProjectStore;
import io.github.osf4j.core.SyncOptions;
import io.github.osf4j.core.SyncReport;
import io.github.osf4j.core.local.NioLocalFiles;
import io.github.osf4j.testkit.fakes.InMemoryProjectStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A {@link ProjectWorld} whose local folder is on an in-memory disk ({@code /data/engine}) and
 * whose project file keeps backups beside it ({@code /data/engine.osf4j-backup}).
 */
final class BackupWorld implements AutoCloseable {
  final ProjectWorld world = new ProjectWorld();
  final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
  final Path root = fs.getPath(CONFIG.localRoot());
  final Path backups;
  final BackupStore store;

  BackupWorld() throws IOException {
    this(CONFIG.localRoot() + ".osf4j-backup");
  }

  BackupWorld(String backupFolder) throws IOException {
    Files.createDirectories(root);
    backups = fs.getPath(backupFolder);
    store = new BackupStore(world.store, backupFolder);
  }

  Session session() {
    NioLocalFiles local = new NioLocalFiles(root, List.of(), 1);
    return Session.builder(world.remote.connector(), world.tokens)
        .server(io.github.osf4j.testkit.fakes.InMemoryRemoteStorage.SERVER)
        .localFiles(config -> local)
        .clock(world.clock)
        .build();
  }

  SyncReport sync() throws IOException {
    return sync(SyncOptions.DEFAULTS);
  }

  SyncReport sync(SyncOptions options) throws IOException {
    try (Project project = session().openProject(store)) {
      project.setOptions(options);
      project.analyze();
      return project.apply();
    }
  }

  void write(String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  /** The local files, by path, with their text. */
  Map<String, String> local() throws IOException {
    return files(root);
  }

  /** Every backed-up file, as {@code run/path}, with its text. */
  Map<String, String> backedUp() throws IOException {
    return Files.isDirectory(backups) ? files(backups) : Map.of();
  }

  private static Map<String, String> files(Path folder) throws IOException {
    Map<String, String> found = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : (Iterable<Path>) walk::iterator) {
        if (Files.isRegularFile(file)) {
          found.put(
              folder.relativize(file).toString(),
              new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        }
      }
    }
    return found;
  }

  @Override
  public void close() throws IOException {
    fs.close();
  }

  /** The in-memory project file, keeping backups in {@code folder}. */
  static final class BackupStore implements ProjectStore {
    private final InMemoryProjectStore store;
    private final String folder;

    BackupStore(InMemoryProjectStore store, String folder) {
      this.store = store;
      this.folder = folder;
    }

    @Override
    public boolean exists() {
      return store.exists();
    }

    @Override
    public ProjectState load() throws IOException {
      return store.load();
    }

    @Override
    public void save(ProjectState state) throws IOException {
      store.save(state);
    }

    @Override
    public Lock lock() throws IOException {
      return store.lock();
    }

    @Override
    public List<String> ownFiles() {
      return List.of(folder);
    }

    @Override
    public Optional<String> backupFolder() {
      return Optional.of(folder);
    }
  }
}
