package io.github.osf4j.testkit.fakes;

import io.github.osf4j.core.Entry;
import io.github.osf4j.core.NameTakenException;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.RemoteRef;
import io.github.osf4j.core.Snapshot;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** One project's osfstorage: entries by path, found by id like OSF does. Not thread-safe. */
final class RemoteTree {
  private final NavigableMap<RelPath, Entry> entries = new TreeMap<>();
  private final Map<RelPath, byte[]> contents = new HashMap<>();
  private final Map<String, RelPath> pathsById = new HashMap<>();
  private final Map<String, Long> versionBytesById = new HashMap<>();
  private final Map<String, List<byte[]>> historyById = new HashMap<>();
  private final String idPrefix;
  private int nextId = 1;

  RemoteTree(String idPrefix) {
    this.idPrefix = idPrefix;
  }

  Snapshot snapshot() {
    return Snapshot.of(entries.values());
  }

  /** Bytes of every version of every file, as OSF counts them against the quota. */
  long usage() {
    return versionBytesById.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The content of every stored version of file {@code id}, oldest first. */
  List<byte[]> history(String id) {
    return historyById.getOrDefault(id, List.of());
  }

  @Nullable Entry find(RelPath path) {
    return entries.get(path);
  }

  byte @Nullable [] content(RelPath path) {
    return contents.get(path);
  }

  /** The current path of the entry with {@code entry}'s id. */
  RelPath resolve(@Nullable Entry entry) throws IOException {
    RemoteRef ref = entry == null ? null : entry.remote();
    RelPath path = ref == null ? null : pathsById.get(ref.id());
    if (entry == null || path == null) {
      throw new FileNotFoundException("no remote entry " + (entry == null ? "" : entry.path()));
    }
    return path;
  }

  /** The path of a child {@code name} of {@code folder} (null: the root). */
  RelPath childPath(@Nullable Entry folder, String name) throws IOException {
    if (folder == null) {
      return RelPath.of(name);
    }
    RelPath parent = resolve(folder);
    if (!at(parent).isFolder()) {
      throw new IOException("not a folder: " + parent);
    }
    return parent.child(name);
  }

  void ensureFree(RelPath path) throws NameTakenException {
    Entry existing = entries.get(path);
    if (existing != null) {
      throw new NameTakenException("name taken: " + path, existing);
    }
  }

  Entry putFile(RelPath path, byte[] bytes) {
    Entry old = entries.get(path);
    RemoteRef ref =
        old != null && old.isFile()
            ? new RemoteRef(ref(old).id(), ref(old).version() + 1)
            : new RemoteRef(newId(), 1);
    if (old != null && old.isFolder()) {
      removeTree(path);
    }
    Entry entry = Hashes.fileEntry(path, bytes).withRemote(ref);
    store(entry);
    contents.put(path, bytes.clone());
    versionBytesById.merge(ref.id(), (long) bytes.length, Long::sum);
    if (ref.version() == 1) {
      historyById.put(ref.id(), new ArrayList<>());
    }
    historyById.computeIfAbsent(ref.id(), id -> new ArrayList<>()).add(bytes.clone());
    return entry;
  }

  /** Stores {@code bytes} but describes them by {@code described} (a server that lies). */
  void mislabel(RelPath path, byte[] described) {
    store(Hashes.fileEntry(path, described).withRemote(at(path).remote()));
  }

  Entry mkdirs(RelPath path) {
    path.parent().ifPresent(this::mkdirs);
    Entry old = entries.get(path);
    if (old != null && old.isFolder()) {
      return old;
    }
    if (old != null) {
      removeTree(path);
    }
    Entry entry = Entry.folder(path).withRemote(new RemoteRef(newId(), 0));
    store(entry);
    return entry;
  }

  void removeTree(RelPath path) {
    for (RelPath gone : subtree(path)) {
      String id = ref(at(gone)).id();
      pathsById.remove(id);
      versionBytesById.remove(id);
      historyById.remove(id);
      entries.remove(gone);
      contents.remove(gone);
    }
  }

  Entry move(RelPath from, RelPath to) throws IOException {
    if (from.equals(to) || from.isAncestorOf(to)) {
      throw new IOException("cannot move " + from + " into itself");
    }
    ensureFree(to);
    for (RelPath old : subtree(from)) {
      RelPath moved =
          old.equals(from)
              ? to
              : RelPath.of(to.value() + old.value().substring(from.value().length()));
      Entry entry = at(old);
      entries.remove(old);
      byte[] bytes = contents.remove(old);
      store(entry.withPath(moved));
      if (bytes != null) {
        contents.put(moved, bytes);
      }
    }
    return at(to);
  }

  Entry at(RelPath path) {
    return Objects.requireNonNull(entries.get(path), path.value());
  }

  private static RemoteRef ref(Entry entry) {
    return Objects.requireNonNull(entry.remote(), "remote");
  }

  private List<RelPath> subtree(RelPath path) {
    List<RelPath> paths = new ArrayList<>();
    if (entries.containsKey(path)) {
      paths.add(path);
    }
    for (RelPath inside : entries.tailMap(path, false).keySet()) {
      if (!path.isAncestorOf(inside)) {
        break;
      }
      paths.add(inside);
    }
    return paths;
  }

  private void store(Entry entry) {
    entries.put(entry.path(), entry);
    pathsById.put(ref(entry).id(), entry.path());
  }

  private String newId() {
    return idPrefix + (nextId++);
  }
}
