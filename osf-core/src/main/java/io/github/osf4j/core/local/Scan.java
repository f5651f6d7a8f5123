package io.github.osf4j.core.local;

import io.github.osf4j.core.Entry;
import io.github.osf4j.core.IgnoreRules;
import io.github.osf4j.core.LocalStamp;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.Snapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * One walk of the root: entries (reusing the base's hashes where the stamp matches, hashing the
 * rest in the pool) and problems. Ignored names are left out. Folders are listed in parallel, one
 * task each; their findings are merged in walk order (depth first), so problems and case twins come
 * out as a sequential walk finds them. Single use; the run itself is not thread-safe, the methods
 * the folder tasks call are.
 */
final class Scan {
  static final String SYMLINK = "symbolic link, not followed";
  static final String SPECIAL = "not a regular file or folder";

  private final IgnoreRules rules;
  private final HashPool pool;
  private final ExecutorService listers;
  private final FileAccess access;
  private final String ownTempPrefix;
  private final Snapshot base;
  private final Snapshot.Builder builder = Snapshot.builder();
  private final List<Future<List<Hashed>>> pending = new ArrayList<>();
  private final List<Path> leftovers = new ArrayList<>();
  private final Map<RelPath, String> problems = new HashMap<>();
  private final @Nullable Map<String, RelPath> folded;

  Scan(
      Snapshot base,
      IgnoreRules rules,
      HashPool pool,
      ExecutorService listers,
      FileAccess access,
      boolean caseTwinsAreProblems,
      String ownTempPrefix) {
    this.rules = rules;
    this.ownTempPrefix = ownTempPrefix;
    this.pool = pool;
    this.listers = listers;
    this.access = access;
    this.folded = caseTwinsAreProblems ? new HashMap<>() : null;
    pool.hasher().trim(base.size());
    this.base = base;
  }

  /**
   * Walks {@code root} and returns the snapshot; a failure to read the root itself throws. Temp
   * files that an interrupted or killed run left behind are deleted (they are never user data);
   * those of the workspace running this scan are left alone.
   */
  Snapshot run(Path root) throws IOException {
    merge(HashPool.await(list(new FolderScan(this, root, null, ""))));
    for (Path leftover : leftovers) {
      try {
        Files.deleteIfExists(leftover);
      } catch (IOException e) {
        // Still ignored by every scan; the next one tries again.
      }
    }
    return finish();
  }

  /** Merges the listing of the root and, depth first, of every folder below. */
  void merge(FolderScan top) throws IOException {
    Deque<Iterator<FolderScan.Found>> stack = new ArrayDeque<>();
    stack.push(take(top));
    while (!stack.isEmpty()) {
      Iterator<FolderScan.Found> found = stack.peek();
      if (!found.hasNext()) {
        stack.pop();
        continue;
      }
      FolderScan.Found next = found.next();
      if (next instanceof FolderScan.Problem problem) {
        problem(problem.key(), problem.reason());
      } else if (next instanceof FolderScan.Admitted admitted) {
        claimFolded(admitted.key());
      } else {
        stack.push(take(HashPool.await(((FolderScan.Subfolder) next).listing())));
      }
    }
  }

  private Iterator<FolderScan.Found> take(FolderScan folder) {
    for (Entry entry : folder.ready) {
      builder.put(entry);
    }
    pending.addAll(folder.pending);
    leftovers.addAll(folder.leftovers);
    return folder.found.iterator();
  }

  /** Waits for the hashes and assembles the snapshot; problems take their subtree out. */
  Snapshot finish() throws IOException {
    for (Future<List<Hashed>> future : pending) {
      for (Hashed hashed : HashPool.await(future)) {
        Entry entry = hashed.entry();
        if (entry != null) {
          builder.put(entry);
        } else {
          problem(hashed.key(), String.valueOf(hashed.problem()));
        }
      }
    }
    for (Map.Entry<RelPath, String> problem : problems.entrySet()) {
      builder.removeTree(problem.getKey()).problem(problem.getKey(), problem.getValue());
    }
    return builder.build();
  }

  /** Starts listing a folder. Thread-safe. */
  Future<FolderScan> list(FolderScan folder) {
    return listers.submit(folder);
  }

  /** How folders are listed. Thread-safe. */
  FileAccess access() {
    return access;
  }

  /** Starts hashing a batch of files. Thread-safe. */
  Future<List<Hashed>> hash(List<HashPool.Job> jobs) {
    return pool.submit(jobs);
  }

  /** The stamp of a file or folder. Thread-safe. */
  LocalStamp stamp(BasicFileAttributes attrs) {
    return pool.hasher().stamp(attrs);
  }

  /** The base's file entry at {@code key}, or null. Thread-safe. */
  @Nullable Entry known(RelPath key) {
    Entry known = base.find(key);
    return known != null && known.isFile() ? known : null;
  }

  /** Whether the path is ignored. Thread-safe. */
  boolean ignored(String nfcPath, String nfcName, boolean folder) {
    return rules.ignored(nfcPath, nfcName, folder);
  }

  /** Whether the listings report the keys to check for case twins. Thread-safe. */
  boolean foldsCase() {
    return folded != null;
  }

  /** Whether {@code name} is a temp file left by another (killed) run. Thread-safe. */
  boolean isLeftoverTemp(String name) {
    return name.startsWith(NioLocalFiles.TEMP_PREFIX) && !name.startsWith(ownTempPrefix);
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
}
