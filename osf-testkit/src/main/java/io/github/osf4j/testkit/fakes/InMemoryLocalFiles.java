package io.github.osf4j.testkit.fakes;

import io.github.osf4j.core.Content;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.EntryKind;
import io.github.osf4j.core.IgnoreRules;
import io.github.osf4j.core.LocalFiles;
import io.github.osf4j.core.LocalStamp;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.Snapshot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A local sync root in memory, with files, folders, fast-check stamps (size, a ticking mtime, an
 * inode number), unreadable paths, a root that can go missing, recorded calls and fault injection.
 * Thread-safe.
 */
public final class InMemoryLocalFiles implements LocalFiles {

  private final NavigableMap<RelPath, Node> nodes = new TreeMap<>();
  private final Map<RelPath, String> problems = new TreeMap<>();
  private final List<String> calls = new ArrayList<>();
  private volatile FaultInjector faults = FaultInjector.NONE;
  private boolean rootExists = true;
  private long clock = 1_700_000_000_000L;
  private long nextKey = 1;
  private int pending;

  // ---- set-up and inspection -------------------------------------------------------------

  /** Writes a file (creating parent folders) as the user would. */
  public void write(String path, String text) {
    write(path, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Writes a file (creating parent folders) as the user would; an existing file keeps its inode.
   */
  public synchronized void write(String path, byte[] bytes) {
    RelPath relPath = RelPath.of(path);
    relPath.parent().ifPresent(this::makeFolders);
    Node old = nodes.get(relPath);
    String key = old != null && old.bytes != null ? old.key : newKey();
    nodes.put(relPath, new Node(bytes.clone(), tick(), key));
  }

  /**
   * Overwrites a file keeping its size, mtime and inode, so only hashing can see the change (a
   * program that restores timestamps).
   */
  public synchronized void writeKeepingStamp(String path, String text) {
    RelPath relPath = RelPath.of(path);
    Node old = nodes.get(relPath);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (old == null || old.bytes == null || old.bytes.length != bytes.length) {
      throw new IllegalArgumentException("needs an existing file of the same size: " + path);
    }
    nodes.put(relPath, new Node(bytes, old.mtime, old.key));
  }

  /** Creates a folder and its parents as the user would. */
  public synchronized void mkdirs(String path) {
    makeFolders(RelPath.of(path));
  }

  /** Deletes a path and its subtree as the user would; nothing there is fine. */
  public synchronized void remove(String path) {
    RelPath relPath = RelPath.of(path);
    nodes.keySet().removeIf(p -> p.equals(relPath) || relPath.isAncestorOf(p));
  }

  /** Makes {@code path} unreadable (reported as a scan problem) or readable again (null). */
  public synchronized void setProblem(String path, @Nullable String reason) {
    if (reason == null) {
      problems.remove(RelPath.of(path));
    } else {
      problems.put(RelPath.of(path), reason);
    }
  }

  /** Unmounts (false) or remounts (true) the root. */
  public synchronized void setRootExists(boolean exists) {
    this.rootExists = exists;
  }

  public void setFaults(FaultInjector faults) {
    this.faults = faults;
  }

  /** The text of the file at {@code path}, if there is one. */
  public synchronized Optional<String> text(String path) {
    Node node = nodes.get(RelPath.of(path));
    return node == null || node.bytes == null
        ? Optional.empty()
        : Optional.of(new String(node.bytes, StandardCharsets.UTF_8));
  }

  /** Every file as path to text, in path order. */
  public synchronized Map<String, String> files() {
    Map<String, String> files = new TreeMap<>();
    nodes.forEach(
        (path, node) -> {
          if (node.bytes != null) {
            files.put(path.value(), new String(node.bytes, StandardCharsets.UTF_8));
          }
        });
    return files;
  }

  /** Every folder path, in order. */
  public synchronized Set<String> folders() {
    Set<String> folders = new TreeSet<>();
    nodes.forEach(
        (path, node) -> {
          if (node.bytes == null) {
            folders.add(path.value());
          }
        });
    return folders;
  }

  /** Calls that changed something or were refused, e.g. {@code "commit a.txt"}, in order. */
  public synchronized List<String> calls() {
    return List.copyOf(calls);
  }

  /** Temp files created and neither committed nor aborted yet. */
  public synchronized int pendingFiles() {
    return pending;
  }

  // ---- the port -------------------------------------------------------------------------

  @Override
  public synchronized boolean rootExists() {
    return rootExists;
  }

  @Override
  public synchronized Snapshot scan(Snapshot base) throws IOException {
    requireRoot();
    Snapshot.Builder builder = Snapshot.builder();
    problems.forEach(builder::problem);
    for (Map.Entry<RelPath, Node> e : nodes.entrySet()) {
      RelPath path = e.getKey();
      if (problems.keySet().stream().noneMatch(p -> p.equals(path) || p.isAncestorOf(path))) {
        builder.put(fastEntry(path, e.getValue(), base.find(path)));
      }
    }
    return builder.build();
  }

  /** The defaults and the lines of the root's {@code .osfignore}, if there is one. */
  @Override
  public synchronized IgnoreRules ignoreRules(List<String> ownFiles) {
    Optional<String> file = text(IgnoreRules.IGNORE_FILE);
    return IgnoreRules.compile(file.map(t -> t.lines().toList()).orElse(List.of()));
  }

  @Override
  public synchronized Optional<Entry> stat(RelPath path) throws IOException {
    requireRoot();
    Node node = nodes.get(path);
    return node == null ? Optional.empty() : Optional.of(node.entry(path));
  }

  @Override
  public Content read(RelPath path) throws IOException {
    faults.before("read", path.value());
    synchronized (this) {
      Node node = requireNode(path);
      if (node.bytes == null || problems.containsKey(path)) {
        throw new IOException("cannot read " + path);
      }
    }
    return new Content() {
      @Override
      public long size() {
        return current().length;
      }

      @Override
      public InputStream open() throws IOException {
        return new ByteArrayInputStream(current());
      }

      private byte[] current() {
        synchronized (InMemoryLocalFiles.this) {
          Node node = nodes.get(path);
          return node == null || node.bytes == null ? new byte[0] : node.bytes;
        }
      }
    };
  }

  @Override
  public synchronized PendingFile create(RelPath path) throws IOException {
    requireParent(path);
    pending++;
    return new Pending(path);
  }

  @Override
  public Entry mkdir(RelPath path) throws IOException {
    faults.before("mkdir", path.value());
    Entry entry;
    synchronized (this) {
      calls.add("mkdir " + path);
      requireRoot();
      Node old = nodes.get(path);
      if (old != null && old.bytes != null) {
        throw new IOException("a file is in the way: " + path);
      }
      makeFolders(path);
      entry = requireNode(path).entry(path);
    }
    faults.after("mkdir", path.value());
    return entry;
  }

  @Override
  public void delete(RelPath path) throws IOException {
    faults.before("delete", path.value());
    synchronized (this) {
      calls.add("delete " + path);
      requireNode(path);
      RelPath next = nodes.higherKey(path);
      if (next != null && path.isAncestorOf(next)) {
        throw new IOException("folder not empty: " + path);
      }
      nodes.remove(path);
    }
    faults.after("delete", path.value());
  }

  @Override
  public Entry move(RelPath from, RelPath to) throws IOException {
    faults.before("move", from.value());
    Entry entry;
    synchronized (this) {
      calls.add("move " + from + " " + to);
      requireNode(from);
      requireParent(to);
      if (nodes.containsKey(to) || from.isAncestorOf(to)) {
        throw new IOException("cannot move " + from + " to " + to);
      }
      for (RelPath old :
          new ArrayList<>(nodes.subMap(from, true, lastInside(from), true).keySet())) {
        nodes.put(
            RelPath.of(to.value() + old.value().substring(from.value().length())),
            nodes.remove(old));
      }
      entry = requireNode(to).entry(to);
    }
    faults.after("move", from.value());
    return entry;
  }

  // ---- internals ------------------------------------------------------------------------

  private Entry fastEntry(RelPath path, Node node, @Nullable Entry base) {
    Entry fresh = node.stampOnly(path);
    if (base != null
        && node.bytes != null
        && fresh.stamp() != null
        && fresh.stamp().equals(base.stamp())
        && base.isFile()) {
      return fresh.withContentOf(base);
    }
    return node.entry(path);
  }

  private RelPath lastInside(RelPath folder) {
    RelPath last = folder;
    for (RelPath p : nodes.tailMap(folder, false).keySet()) {
      if (!folder.isAncestorOf(p)) {
        break;
      }
      last = p;
    }
    return last;
  }

  private void makeFolders(RelPath path) {
    path.parent().ifPresent(this::makeFolders);
    Node old = nodes.get(path);
    if (old == null || old.bytes != null) {
      nodes.put(path, new Node(null, tick(), newKey()));
    }
  }

  private void requireRoot() throws IOException {
    if (!rootExists) {
      throw new FileNotFoundException("the local root does not exist");
    }
  }

  private void requireParent(RelPath path) throws IOException {
    requireRoot();
    Optional<RelPath> parent = path.parent();
    if (parent.isPresent()) {
      Node node = nodes.get(parent.get());
      if (node == null || node.bytes != null) {
        throw new FileNotFoundException("no folder " + parent.get());
      }
    }
  }

  private Node requireNode(RelPath path) throws FileNotFoundException {
    Node node = nodes.get(path);
    if (node == null) {
      throw new FileNotFoundException("no such file: " + path);
    }
    return node;
  }

  private long tick() {
    clock += 1000;
    return clock;
  }

  private String newKey() {
    return "inode-" + (nextKey++);
  }

  private Entry commit(RelPath path, byte[] bytes, Optional<Entry> expected) throws IOException {
    faults.before("commit", path.value());
    Entry entry;
    synchronized (this) {
      calls.add("commit " + path);
      requireParent(path);
      Node old = nodes.get(path);
      Optional<Entry> now = old == null ? Optional.empty() : Optional.of(old.entry(path));
      boolean same =
          now.isPresent() == expected.isPresent()
              && (now.isEmpty() || now.get().sameContentAs(expected.get()));
      if (!same) {
        throw new IOException("target changed since planned: " + path);
      }
      Node node = new Node(bytes, tick(), newKey());
      nodes.put(path, node);
      entry = node.entry(path);
    }
    faults.after("commit", path.value());
    return entry;
  }

  private synchronized void release() {
    pending--;
  }

  /** A file or (bytes null) a folder. */
  private record Node(byte @Nullable [] bytes, long mtime, String key) {

    Entry stampOnly(RelPath path) {
      byte[] content = bytes;
      Entry entry =
          content == null
              ? Entry.folder(path)
              : new Entry(path, EntryKind.FILE, content.length, null, null, null, null, null);
      return entry.withStamp(new LocalStamp(content == null ? 0 : content.length, mtime, key));
    }

    Entry entry(RelPath path) {
      byte[] content = bytes;
      Entry entry = content == null ? Entry.folder(path) : Hashes.fileEntry(path, content);
      return entry.withStamp(new LocalStamp(content == null ? 0 : content.length, mtime, key));
    }
  }

  private final class Pending implements PendingFile {
    private final RelPath path;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private boolean open = true;

    Pending(RelPath path) {
      this.path = path;
    }

    @Override
    public OutputStream stream() {
      return out;
    }

    @Override
    public Entry written() {
      return Hashes.fileEntry(path, out.toByteArray());
    }

    @Override
    public Entry commit(Optional<Entry> expected) throws IOException {
      if (!open) {
        throw new IOException("already closed: " + path);
      }
      try {
        return InMemoryLocalFiles.this.commit(path, out.toByteArray(), expected);
      } finally {
        abort();
      }
    }

    @Override
    public void abort() {
      if (open) {
        open = false;
        release();
      }
    }
  }
}
