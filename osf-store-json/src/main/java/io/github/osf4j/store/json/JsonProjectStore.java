package io.github.osf4j.store.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.osf4j.core.ProjectFileException;
import io.github.osf4j.core.ProjectState;
import io.github.osf4j.core.ProjectStore;
import java.io.BufferedInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A project file in JSON (format 1), saved atomically with a {@code .bak} of the previous version
 * and locked by a {@code .lock} file beside it.
 *
 * <p>Never replaces a file it cannot read: {@link #save} overwrites only a missing file, the
 * version this store itself last loaded or saved (same size, time and file key), or a file that it
 * re-reads successfully first. Thread-safe: load and save are serialised.
 */
final class JsonProjectStore implements ProjectStore {

  private final AtomicFile file;
  private final JsonFactory json;
  private final ProjectLocker locker;
  private @Nullable FileFingerprint trusted;

  JsonProjectStore(AtomicFile file, JsonFactory json, ProjectLocker locker) {
    this.file = requireNonNull(file, "file");
    this.json = requireNonNull(json, "json");
    this.locker = requireNonNull(locker, "locker");
  }

  @Override
  public boolean exists() {
    return Files.exists(file.file());
  }

  @Override
  public synchronized ProjectState load() throws IOException {
    FileFingerprint before = FileFingerprint.of(file.file());
    ProjectState state = read();
    trusted = before;
    return state;
  }

  @Override
  public synchronized void save(ProjectState state) throws IOException {
    requireNonNull(state, "state");
    FileFingerprint current = FileFingerprint.of(file.file());
    if (current != null && !current.equals(trusted)) {
      checkReadable();
    }
    file.write(out -> ProjectFileWriter.write(json, state, out), true);
    trusted = FileFingerprint.of(file.file());
  }

  @Override
  public ProjectStore.Lock lock() throws IOException {
    return locker.lock(lockFile(), false);
  }

  @Override
  public ProjectStore.Lock breakLock() throws IOException {
    return locker.lock(lockFile(), true);
  }

  @Override
  public List<String> ownFiles() {
    return List.of(
        file.file().toString(),
        file.backup().toString(),
        lockFile().toString(),
        backupPath().toString());
  }

  @Override
  public Optional<String> backupFolder() {
    return Optional.of(backupPath().toAbsolutePath().toString());
  }

  /** {@code PROJECT.osf4j-backup} beside the project file {@code PROJECT.osf4j.json}. */
  private Path backupPath() {
    String name = requireNonNull(file.file().getFileName(), "file name").toString();
    String stem = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    return file.file().resolveSibling(stem + "-backup");
  }

  private Path lockFile() {
    Path name = requireNonNull(file.file().getFileName(), "file name");
    return file.file().resolveSibling(name + ".lock");
  }

  @Override
  public String toString() {
    return "JsonProjectStore[" + file.file() + "]";
  }

  private void checkReadable() throws IOException {
    try {
      read();
    } catch (FileNotFoundException gone) {
      // Removed meanwhile: nothing to protect.
    } catch (ProjectFileException e) {
      throw new ProjectFileException("Not saved: " + e.getMessage(), e);
    }
  }

  private ProjectState read() throws IOException {
    Path path = file.file();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
      return ProjectFileReader.read(json, in);
    } catch (NoSuchFileException e) {
      throw new FileNotFoundException("No project file at " + path);
    } catch (ProjectFileReader.NewerFormatException e) {
      throw new ProjectFileException(
          "Project file "
              + path
              + " has format "
              + e.format
              + ", newer than this osf4j understands ("
              + ProjectFileFormat.VERSION
              + "). Upgrade osf4j; the file was left untouched.",
          e);
    } catch (JsonProcessingException e) {
      throw new ProjectFileException(
          "Project file "
              + path
              + " is corrupt or truncated ("
              + where(e.getLocation())
              + e.getOriginalMessage()
              + "). It was left untouched: restore it from "
              + file.backup()
              + " if that exists, or move it away and set the project up again.",
          e);
    } catch (IOException e) {
      throw new ProjectFileException(
          "Cannot read project file " + path + " (" + e + "). Check that it is readable.", e);
    }
  }

  private static String where(@Nullable JsonLocation location) {
    if (location == null) {
      return "";
    }
    return "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
  }
}
