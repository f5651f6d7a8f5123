package io.github.osf4j.core.sync;

import static java.util.Objects.requireNonNull;

import io.github.osf4j.core.Content;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.FileVersion;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.RemoteFolderNotFoundException;
import io.github.osf4j.core.RemoteStorage;
import io.github.osf4j.core.Snapshot;
import io.github.osf4j.core.TransferListener;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One OSF folder of a project as if it were the whole storage: listings hold only what is inside
 * it, with paths relative to it, and writes to the root go into it. A project file with a remote
 * path sees its project through this. Thread-safe.
 *
 * <p>The folder is looked up at every listing, so a folder deleted or replaced on OSF fails the
 * listing ({@link RemoteFolderNotFoundException}) instead of looking empty.
 */
final class ScopedRemote extends ForwardingRemoteStorage {
  private final RelPath scope;
  private volatile @Nullable Entry folder;

  ScopedRemote(RemoteStorage remote, RelPath scope) {
    super(remote);
    this.scope = requireNonNull(scope, "scope");
  }

  /** The folder as OSF has it now. */
  private Entry lookUp(String projectId) throws IOException {
    Optional<Entry> found = remote.folder(projectId, scope);
    if (found.isEmpty()) {
      throw new RemoteFolderNotFoundException(
          "folder '"
              + scope
              + "' (the project file's remote path) is not in project "
              + projectId
              + " on OSF; it was deleted, moved or renamed");
    }
    Entry now = found.get();
    folder = now;
    return now;
  }

  /** The folder, as last looked up. */
  private Entry folder(String projectId) throws IOException {
    Entry known = folder;
    return known != null ? known : lookUp(projectId);
  }

  @Override
  public Snapshot list(String projectId) throws IOException {
    return inward(remote.list(projectId, lookUp(projectId)));
  }

  @Override
  public Snapshot list(String projectId, Entry inside) throws IOException {
    return inward(remote.list(projectId, outward(inside)));
  }

  private Snapshot inward(Snapshot all) {
    Snapshot.Builder inside = Snapshot.builder();
    for (Entry entry : all.entries().values()) {
      if (scope.isAncestorOf(entry.path())) {
        inside.put(inward(entry));
      }
    }
    for (Map.Entry<RelPath, String> problem : all.problems().entrySet()) {
      if (scope.isAncestorOf(problem.getKey())) {
        inside.problem(inward(problem.getKey()), problem.getValue());
      }
    }
    return inside.build();
  }

  @Override
  public Optional<Entry> folder(String projectId, RelPath path) throws IOException {
    return remote.folder(projectId, outward(path)).map(this::inward);
  }

  @Override
  public void download(String projectId, Entry file, OutputStream out, TransferListener listener)
      throws IOException {
    remote.download(projectId, outward(file), out, listener);
  }

  @Override
  public List<FileVersion> versions(String projectId, Entry file) throws IOException {
    return remote.versions(projectId, outward(file));
  }

  @Override
  public void downloadVersion(
      String projectId,
      Entry file,
      FileVersion version,
      OutputStream out,
      TransferListener listener)
      throws IOException {
    remote.downloadVersion(projectId, outward(file), version, out, listener);
  }

  @Override
  public Entry upload(
      String projectId,
      @Nullable Entry parent,
      String name,
      Content content,
      TransferListener listener)
      throws IOException {
    return inward(remote.upload(projectId, parent(projectId, parent), name, content, listener));
  }

  @Override
  public Entry update(String projectId, Entry file, Content content, TransferListener listener)
      throws IOException {
    return inward(remote.update(projectId, outward(file), content, listener));
  }

  @Override
  public Entry mkdir(String projectId, @Nullable Entry parent, String name) throws IOException {
    return inward(remote.mkdir(projectId, parent(projectId, parent), name));
  }

  @Override
  public void delete(String projectId, Entry entry) throws IOException {
    remote.delete(projectId, outward(entry));
  }

  @Override
  public Entry move(String projectId, Entry entry, @Nullable Entry parent, String name)
      throws IOException {
    return inward(remote.move(projectId, outward(entry), parent(projectId, parent), name));
  }

  private Entry parent(String projectId, @Nullable Entry parent) throws IOException {
    return parent == null ? folder(projectId) : outward(parent);
  }

  /** {@code entry} (relative to the folder) as the whole storage has it. */
  private Entry outward(Entry entry) {
    return entry
        .withPath(outward(entry.path()))
        .withSpelling(spelledScope() + "/" + entry.nativePath());
  }

  /** {@code entry} of the whole storage (inside the folder) relative to the folder. */
  private Entry inward(Entry entry) {
    String spelledScope = spelledScope() + "/";
    String spelled = entry.nativePath();
    return entry
        .withPath(inward(entry.path()))
        .withSpelling(
            spelled.startsWith(spelledScope) ? spelled.substring(spelledScope.length()) : null);
  }

  private RelPath outward(RelPath path) {
    return new RelPath(scope.value() + "/" + path.value());
  }

  private RelPath inward(RelPath path) {
    if (!scope.isAncestorOf(path)) {
      throw new IllegalStateException("'" + path + "' is not inside '" + scope + "'");
    }
    return new RelPath(path.value().substring(scope.value().length() + 1));
  }

  private String spelledScope() {
    Entry known = folder;
    return known != null ? known.nativePath() : scope.value();
  }
}
