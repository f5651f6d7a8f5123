package io.github.osf4j.core.local;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import io.github.osf4j.core.Entry;
import io.github.osf4j.core.EntryKind;
import io.github.osf4j.core.LocalStamp;
import io.github.osf4j.core.RelPath;
import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * The listing of one folder (not of its subfolders, which become tasks of their own): its entries,
 * the hashes it started and, in the order found, the problems, the keys to check for case twins and
 * the subfolder listings, for {@link Scan} to merge as a sequential walk would have found them.
 * Filled by one thread; read after its future completes.
 */
final class FolderScan implements Callable<FolderScan> {
  /** What the merge replays in order. */
  /** Files to hash go to the pool in batches of at most this many files or bytes. */
  static final int BATCH_FILES = 64;

  static final long BATCH_BYTES = 4L << 20;

  sealed interface Found permits Problem, Admitted, Subfolder {}

  record Problem(RelPath key, String reason) implements Found {}

  record Admitted(RelPath key) implements Found {}

  record Subfolder(Future<FolderScan> listing) implements Found {}

  private final Scan scan;
  private final Path dir;
  private final @Nullable RelPath key;
  private final String nativePrefix;
  private final String nfcPrefix;
  final List<Entry> ready = new ArrayList<>();
  final List<Future<List<Hashed>>> pending = new ArrayList<>();
  final List<Path> leftovers = new ArrayList<>();
  final List<Found> found = new ArrayList<>();
  private final Map<RelPath, String> nonNfcClaims = new HashMap<>();
  private final List<HashPool.Job> batch = new ArrayList<>();
  private long batchBytes;

  /** The listing of {@code dir}, whose key is {@code key} (null for the root). */
  FolderScan(Scan scan, Path dir, @Nullable RelPath key, String nativePrefix) {
    this.scan = scan;
    this.dir = dir;
    this.key = key;
    this.nativePrefix = nativePrefix;
    this.nfcPrefix = key == null ? "" : key.value() + "/";
  }

  /** Lists the folder; only failures at the root throw, the others are problems. */
  @Override
  public FolderScan call() throws IOException {
    DirectoryStream<Path> stream;
    try {
      stream = scan.access().list(dir);
    } catch (IOException e) {
      failedFolder(e, "unreadable: ");
      return this;
    }
    IOException incomplete = null;
    SecureDirectoryStream<Path> secure =
        stream instanceof SecureDirectoryStream ? (SecureDirectoryStream<Path>) stream : null;
    try {
      for (Path child : stream) {
        visit(secure, child);
      }
    } catch (DirectoryIteratorException e) {
      incomplete = e.getCause();
    } finally {
      try {
        stream.close();
      } catch (IOException e) {
        incomplete = incomplete == null ? e : incomplete;
      }
    }
    if (incomplete != null) {
      failedFolder(incomplete, "could not list this folder completely: ");
    }
    flush();
    return this;
  }

  private void failedFolder(IOException e, String reason) throws IOException {
    if (key == null) {
      throw e;
    }
    found.add(new Problem(key, reason + Names.describe(e)));
  }

  /**
   * Visits one child; its attributes are read relative to the open folder where the file system can
   * (as {@code find} does), which spares the kernel walking the whole path again.
   */
  private void visit(@Nullable SecureDirectoryStream<Path> secure, Path child) {
    BasicFileAttributes attrs;
    try {
      Path name = child.getFileName();
      attrs =
          secure != null && name != null
              ? secure
                  .getFileAttributeView(name, BasicFileAttributeView.class, NOFOLLOW_LINKS)
                  .readAttributes()
              : Files.readAttributes(child, BasicFileAttributes.class, NOFOLLOW_LINKS);
    } catch (IOException e) {
      failed(child, e);
      return;
    }
    if (attrs.isDirectory()) {
      folder(child, attrs);
    } else {
      file(child, attrs);
    }
  }

  /** A child whose attributes could not be read. */
  void failed(Path child, IOException e) {
    String name = name(child);
    String nativePath = nativePrefix + name;
    RelPath childKey = admit(child, name, nativePath, Files.isDirectory(child, NOFOLLOW_LINKS));
    if (childKey != null) {
      problem(childKey, "unreadable: " + Names.describe(e));
    }
  }

  /** A child folder: its entry, and its listing as a task of its own. */
  void folder(Path child, BasicFileAttributes attrs) {
    String name = name(child);
    String nativePath = nativePrefix + name;
    RelPath childKey = admit(child, name, nativePath, true);
    if (childKey == null) {
      return;
    }
    ready.add(
        new Entry(childKey, EntryKind.FOLDER, 0, null, null, null, scan.stamp(attrs), nativePath));
    found.add(new Subfolder(scan.list(new FolderScan(scan, child, childKey, nativePath + "/"))));
  }

  /** A child that is no folder: a file, a link or something special. */
  void file(Path child, BasicFileAttributes attrs) {
    String name = name(child);
    if (attrs.isRegularFile() && scan.isLeftoverTemp(name)) {
      leftovers.add(child);
      return;
    }
    String nativePath = nativePrefix + name;
    RelPath childKey = admit(child, name, nativePath, false);
    if (childKey == null) {
      return;
    }
    if (attrs.isSymbolicLink()) {
      problem(childKey, Scan.SYMLINK);
    } else if (attrs.isRegularFile()) {
      addFile(child, childKey, nativePath, attrs);
    } else {
      problem(childKey, Scan.SPECIAL);
    }
  }

  private static String name(Path child) {
    Path fileName = child.getFileName();
    return fileName == null ? "" : fileName.toString();
  }

  private void addFile(Path file, RelPath fileKey, String nativePath, BasicFileAttributes attrs) {
    Entry known = scan.known(fileKey);
    if (known != null && known.md5() != null && known.sha256() != null) {
      LocalStamp stamp = scan.stamp(attrs);
      if (stamp.equals(known.stamp())) {
        ready.add(
            sameAs(known, attrs.size(), nativePath)
                ? known
                : new Entry(
                    fileKey,
                    EntryKind.FILE,
                    attrs.size(),
                    known.md5(),
                    known.sha256(),
                    null,
                    stamp,
                    nativePath));
        return;
      }
    }
    batch.add(new HashPool.Job(file, fileKey, nativePath, attrs));
    batchBytes += attrs.size();
    if (batch.size() >= BATCH_FILES || batchBytes >= BATCH_BYTES) {
      flush();
    }
  }

  private void flush() {
    if (!batch.isEmpty()) {
      pending.add(scan.hash(List.copyOf(batch)));
      batch.clear();
      batchBytes = 0;
    }
  }

  /** Whether {@code known} is exactly the entry this scan would build for the file. */
  private static boolean sameAs(Entry known, long size, String nativePath) {
    return known.remote() == null && known.size() == size && known.nativePath().equals(nativePath);
  }

  /**
   * Returns the key of a child to visit, or null when it is ignored or has an invalid name (then it
   * is a problem).
   */
  private @Nullable RelPath admit(Path path, String name, String nativePath, boolean folder) {
    boolean nfc = Names.isNfc(name);
    String nfcName = nfc ? name : Normalizer.normalize(name, Normalizer.Form.NFC);
    String nfcPath = nfcPrefix + nfcName;
    if (scan.ignored(nfcPath, nfcName, folder)) {
      return null;
    }
    RelPath childKey = Names.key(nfcPath);
    if (!nfc) {
      claimOtherForm(path, nfcName, childKey, nativePath);
    }
    if (scan.foldsCase()) {
      found.add(new Admitted(childKey));
    }
    String invalid = Names.problem(name);
    if (invalid == null && !childKey.value().equals(nfcPath)) {
      invalid = "invalid name";
    }
    if (invalid != null) {
      problem(childKey, invalid);
      return null;
    }
    return childKey;
  }

  /**
   * Reports NFC/NFD twins: a name not in NFC whose NFC spelling (or another non-NFC spelling of the
   * same name) is a different entry in the same folder. Only non-NFC names pay for this check.
   */
  private void claimOtherForm(Path path, String nfcName, RelPath childKey, String nativePath) {
    String other = nonNfcClaims.put(childKey, nativePath);
    if (other == null && isOtherFile(path, path.resolveSibling(nfcName))) {
      other = nfcPrefix + nfcName;
    }
    if (other != null) {
      problem(
          childKey,
          "NFC/NFD twins: '"
              + other
              + "' and '"
              + nativePath
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

  private void problem(RelPath problemKey, String reason) {
    found.add(new Problem(problemKey, reason));
  }
}
