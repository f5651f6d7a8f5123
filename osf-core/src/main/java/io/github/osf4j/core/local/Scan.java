package io.github.osf4j.core.local;

import static java.nio.file.FileVisitResult.CONTINUE;
import static java.nio.file.FileVisitResult.SKIP_SUBTREE;

import io.github.osf4j.core.Entry;
import io.github.osf4j.core.EntryKind;
import io.github.osf4j.core.LocalStamp;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.Snapshot;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * One walk of the root: entries (reusing the base's hashes where the stamp matches, hashing the
 * rest in the pool) and problems. Ignored names are left out. Single use, not thread-safe.
 */
final class Scan extends SimpleFileVisitor<Path> {
  static final String SYMLINK = "symbolic link, not followed";
  static final String SPECIAL = "not a regular file or folder";

  private final IgnoreRules rules;
  private final HashPool pool;
  private final List<Entry> ready;
  private final List<Future<Hashed>> pending = new ArrayList<>();
  private final List<Path> leftovers = new ArrayList<>();
  private final String ownTempPrefix;
  private final Map<RelPath, String> problems = new HashMap<>();
  private final Map<RelPath, String> nonNfcClaims = new HashMap<>();
  private final Map<RelPath, Entry> baseIndex;
  private final @Nullable Map<String, RelPath> folded;
  private final ArrayDeque<String> nativePrefixes = new ArrayDeque<>();
  private final ArrayDeque<RelPath> folders = new ArrayDeque<>();
  private String nativePrefix = "";
  private String nfcPrefix = "";
  private int depth;

  // The item being visited, set by admit().
  private String currentNative = "";

  Scan(
      Snapshot base,
      IgnoreRules rules,
      HashPool pool,
      boolean caseTwinsAreProblems,
      String ownTempPrefix) {
    this.rules = rules;
    this.ownTempPrefix = ownTempPrefix;
    this.pool = pool;
    this.folded = caseTwinsAreProblems ? new HashMap<>() : null;
    this.ready = new ArrayList<>(base.size() + 16);
    this.baseIndex = new HashMap<>(base.size() * 4 / 3 + 1);
    for (Entry entry : base.entries().values()) {
      if (entry.isFile()) {
        baseIndex.put(entry.path(), entry);
      }
    }
  }

  /**
   * Walks {@code root} and returns the snapshot; a failure to read the root itself throws. Temp
   * files that an interrupted or killed run left behind are deleted (they are never user data);
   * those of the workspace running this scan are left alone.
   */
  Snapshot run(Path root) throws IOException {
    Files.walkFileTree(root, this);
    for (Path leftover : leftovers) {
      try {
        Files.deleteIfExists(leftover);
      } catch (IOException e) {
        // Still ignored by every scan; the next one tries again.
      }
    }
    return finish();
  }

  private boolean isLeftoverTemp(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return false;
    }
    String text = name.toString();
    return text.startsWith(NioLocalFiles.TEMP_PREFIX) && !text.startsWith(ownTempPrefix);
  }

  /** Waits for the hashes and assembles the snapshot; problems take their subtree out. */
  Snapshot finish() throws IOException {
    Snapshot.Builder builder = Snapshot.builder();
    for (Entry entry : ready) {
      builder.put(entry);
    }
    for (Future<Hashed> future : pending) {
      Hashed hashed = HashPool.await(future);
      Entry entry = hashed.entry();
      if (entry != null) {
        builder.put(entry);
      } else {
        problem(hashed.key(), String.valueOf(hashed.problem()));
      }
    }
    for (Map.Entry<RelPath, String> problem : problems.entrySet()) {
      builder.removeTree(problem.getKey()).problem(problem.getKey(), problem.getValue());
    }
    return builder.build();
  }

  @Override
  public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
    if (depth++ == 0) {
      return CONTINUE;
    }
    RelPath key = admit(dir, true);
    if (key == null) {
      depth--;
      return SKIP_SUBTREE;
    }
    ready.add(new Entry(key, EntryKind.FOLDER, 0, null, null, null, stamp(attrs), currentNative));
    nativePrefixes.push(nativePrefix);
    folders.push(key);
    nativePrefix = currentNative + "/";
    nfcPrefix = key.value() + "/";
    return CONTINUE;
  }

  @Override
  public FileVisitResult postVisitDirectory(Path dir, @Nullable IOException exc)
      throws IOException {
    if (--depth == 0) {
      if (exc != null) {
        throw exc;
      }
      return CONTINUE;
    }
    RelPath key = folders.pop();
    if (exc != null) {
      problem(key, "could not list this folder completely: " + Names.describe(exc));
    }
    nativePrefix = nativePrefixes.pop();
    RelPath parent = folders.peek();
    nfcPrefix = parent == null ? "" : parent.value() + "/";
    return CONTINUE;
  }

  @Override
  public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
    if (attrs.isRegularFile() && isLeftoverTemp(file)) {
      leftovers.add(file);
      return CONTINUE;
    }
    RelPath key = admit(file, false);
    if (key == null) {
      return CONTINUE;
    }
    if (attrs.isSymbolicLink()) {
      problem(key, SYMLINK);
    } else if (attrs.isRegularFile()) {
      addFile(file, key, attrs);
    } else {
      problem(key, SPECIAL);
    }
    return CONTINUE;
  }

  @Override
  public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
    if (depth == 0) {
      throw exc;
    }
    RelPath key = admit(file, Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS));
    if (key != null) {
      problem(key, "unreadable: " + Names.describe(exc));
    }
    return CONTINUE;
  }

  private void addFile(Path file, RelPath key, BasicFileAttributes attrs) {
    LocalStamp stamp = stamp(attrs);
    Entry known = baseIndex.get(key);
    if (known != null
        && known.isFile()
        && known.md5() != null
        && known.sha256() != null
        && stamp.equals(known.stamp())) {
      ready.add(
          new Entry(
              key,
              EntryKind.FILE,
              attrs.size(),
              known.md5(),
              known.sha256(),
              null,
              stamp,
              currentNative));
    } else {
      pending.add(pool.submit(file, key, currentNative, attrs));
    }
  }

  /**
   * Returns the key of a path to visit, or null when it is ignored or has an invalid name (then it
   * is a problem).
   */
  private @Nullable RelPath admit(Path path, boolean folder) {
    Path fileName = path.getFileName();
    String name = fileName == null ? "" : fileName.toString();
    currentNative = nativePrefix + name;
    boolean nfc = Names.isNfc(name);
    String nfcName = nfc ? name : Normalizer.normalize(name, Normalizer.Form.NFC);
    String nfcPath = nfcPrefix + nfcName;
    if (rules.ignored(nfcPath, nfcName, folder)) {
      return null;
    }
    RelPath key = Names.key(nfcPath);
    if (!nfc) {
      claimOtherForm(path, nfcName, key);
    }
    if (folded != null) {
      claimFolded(key);
    }
    String invalid = Names.problem(name);
    if (invalid == null && !key.value().equals(nfcPath)) {
      invalid = "invalid name";
    }
    if (invalid != null) {
      problem(key, invalid);
      return null;
    }
    return key;
  }

  /**
   * Reports NFC/NFD twins: a name not in NFC whose NFC spelling (or another non-NFC spelling of the
   * same name) is a different entry in the same folder. Only non-NFC names pay for this check.
   */
  private void claimOtherForm(Path path, String nfcName, RelPath key) {
    String other = nonNfcClaims.put(key, currentNative);
    if (other == null && isOtherFile(path, path.resolveSibling(nfcName))) {
      other = nfcPrefix + nfcName;
    }
    if (other != null) {
      problem(
          key,
          "NFC/NFD twins: '"
              + other
              + "' and '"
              + currentNative
              + "' are the same name in different Unicode forms");
    }
  }

  private static boolean isOtherFile(Path path, Path sibling) {
    try {
      return RootPaths.attributes(sibling) != null && !Files.isSameFile(path, sibling);
    } catch (IOException e) {
      return false;
    }
  }

  private void claimFolded(RelPath key) {
    Map<String, RelPath> byFolded = Objects.requireNonNull(folded);
    RelPath twin = byFolded.put(Names.fold(key.value()), key);
    if (twin != null && !twin.equals(key)) {
      problem(key, "case-only twin of '" + twin + "' (this file system ignores case)");
      problem(twin, "case-only twin of '" + key + "' (this file system ignores case)");
    }
  }

  private void problem(RelPath key, String reason) {
    problems.putIfAbsent(key, reason);
  }

  private static LocalStamp stamp(BasicFileAttributes attrs) {
    return Names.stamp(attrs);
  }
}
