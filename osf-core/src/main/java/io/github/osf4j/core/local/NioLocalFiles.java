package io.github.osf4j.core.local;

import static java.util.Objects.requireNonNull;

import io.github.osf4j.core.Content;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.EntryKind;
import io.github.osf4j.core.IgnoreRules;
import io.github.osf4j.core.LocalFiles;
import io.github.osf4j.core.LocalStamp;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.Snapshot;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The local sync root on {@code java.nio.file}, on any {@link java.nio.file.FileSystem} (the
 * default one, or Jimfs in tests).
 *
 * <p>Scans reuse the base's hashes when size, modification time and file key all match, and hash
 * the rest streaming (MD5 and SHA-256 in one pass) on a bounded pool. Ignored: {@code .osfignore}
 * at the root (gitignore syntax), the extra patterns given here, the defaults ({@code .DS_Store},
 * {@code Thumbs.db}, {@code desktop.ini}, {@code ~$*}, {@code *.tmp}, {@code .git/}) and the
 * reserved prefix {@code .osf4j-} of our own temp and lock files. Symbolic links are never
 * followed, neither when scanning nor when writing. Thread-safe for operations on different paths.
 */
public final class NioLocalFiles implements LocalFiles {
  /** Temp files written by {@link #create} start with this (under the reserved prefix). */
  static final String TEMP_PREFIX = IgnoreRules.RESERVED_PREFIX + "tmp-";

  /** Operating-system litter that may be deleted with an otherwise empty folder. */
  private static final Set<String> LITTER = IgnoreRules.OS_LITTER;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final RootPaths paths;
  private final List<String> extraIgnores;
  private final int hashThreads;
  private final FileHasher hasher;
  private final @Nullable Boolean caseTwinsAreProblems;

  /** This instance's temp names start so; a scan deletes only other (leftover) temp files. */
  private final String ownTempPrefix =
      TEMP_PREFIX + HexFormat.of().formatHex(randomBytes(), 0, 4) + "-";

  /**
   * A workspace on {@code root} with extra ignore patterns and {@code hashThreads} hashing threads.
   */
  public NioLocalFiles(Path root, List<String> extraIgnores, int hashThreads) {
    this(root, extraIgnores, hashThreads, null, FileAccess.DEFAULT);
  }

  NioLocalFiles(
      Path root,
      List<String> extraIgnores,
      int hashThreads,
      @Nullable Boolean caseTwinsAreProblems,
      FileAccess access) {
    if (hashThreads < 1) {
      throw new IllegalArgumentException("hashThreads < 1: " + hashThreads);
    }
    this.paths = new RootPaths(requireNonNull(root, "root"));
    this.extraIgnores = List.copyOf(extraIgnores);
    this.hashThreads = hashThreads;
    this.caseTwinsAreProblems = caseTwinsAreProblems;
    this.hasher = new FileHasher(access);
  }

  /** A workspace on {@code root} with the default ignore rules, hashing on every processor. */
  public static NioLocalFiles of(Path root) {
    return new NioLocalFiles(root, List.of(), Runtime.getRuntime().availableProcessors());
  }

  /**
   * This workspace, reporting names that differ only in case as problems ({@code true}) or not. By
   * default they are problems exactly when the root's file system ignores case.
   */
  public NioLocalFiles withCaseTwinsAsProblems(boolean problems) {
    return new NioLocalFiles(paths.root(), extraIgnores, hashThreads, problems, hasher.access());
  }

  /** Whether the root's file system treats names differing only in case as the same name. */
  public boolean caseInsensitive() {
    Path path = paths.root().toAbsolutePath();
    for (; path != null && path.getFileName() != null; path = path.getParent()) {
      String name = String.valueOf(path.getFileName());
      String swapped = swapCase(name);
      if (!swapped.equals(name)) {
        try {
          return Files.isSameFile(path, path.resolveSibling(swapped));
        } catch (IOException e) {
          return false;
        }
      }
    }
    return false;
  }

  @Override
  public boolean rootExists() {
    return Files.isDirectory(paths.root());
  }

  @Override
  public Snapshot scan(Snapshot base) throws IOException {
    return scan(base, ignoreRules(List.of()));
  }

  @Override
  public Snapshot scan(Snapshot base, IgnoreRules rules) throws IOException {
    Path root = paths.root();
    if (!Files.isDirectory(root)) {
      throw new NoSuchFileException(root.toString(), null, "the sync root is not a folder");
    }
    Boolean twins = caseTwinsAreProblems;
    boolean reportCaseTwins = twins != null ? twins : caseInsensitive();
    ExecutorService listers = HashPool.fixed(hashThreads, "osf4j-scan-");
    try (HashPool pool = new HashPool(hasher, hashThreads)) {
      Scan scan =
          new Scan(
              requireNonNull(base, "base"),
              requireNonNull(rules, "rules"),
              pool,
              listers,
              hasher.access(),
              reportCaseTwins,
              ownTempPrefix);
      return scan.run(Files.isSymbolicLink(root) ? root.toRealPath() : root);
    } finally {
      listers.shutdownNow();
    }
  }

  @Override
  public IgnoreRules ignoreRules(List<String> ownFiles) throws IOException {
    List<String> lines = new ArrayList<>(extraIgnores);
    Path file = paths.root().resolve(IgnoreRules.IGNORE_FILE);
    if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
    }
    List<RelPath> inside = new ArrayList<>();
    for (String own : ownFiles) {
      paths.inside(own).ifPresent(inside::add);
    }
    return IgnoreRules.compile(lines).excluding(inside);
  }

  @Override
  public List<RelPath> ignored(IgnoreRules rules) throws IOException {
    return IgnoredWalk.run(paths, rules);
  }

  @Override
  public Optional<Entry> stat(RelPath path) throws IOException {
    Path file = paths.resolve(path);
    BasicFileAttributes attrs = RootPaths.attributes(file);
    if (attrs == null) {
      return Optional.empty();
    }
    String spelling = paths.nativePath(file);
    if (attrs.isDirectory()) {
      return Optional.of(
          new Entry(path, EntryKind.FOLDER, 0, null, null, null, Names.stamp(attrs), spelling));
    }
    requireRegular(path, attrs);
    Hashed hashed = hasher.hash(file, path, spelling, attrs);
    Entry entry = hashed.entry();
    if (entry == null) {
      throw new IOException(path + ": " + hashed.problem());
    }
    return Optional.of(entry);
  }

  @Override
  public Optional<Entry> recheck(RelPath path, Entry known) throws IOException {
    LocalStamp stamp = known.stamp();
    if (stamp == null || !known.isFile() || !known.hasHash()) {
      return stat(path);
    }
    Path file = paths.resolve(path);
    BasicFileAttributes attrs = RootPaths.attributes(file);
    if (attrs == null || !attrs.isRegularFile() || !hasher.stamp(attrs).equals(stamp)) {
      return stat(path);
    }
    return Optional.of(known.withSpelling(paths.nativePath(file)));
  }

  @Override
  public Content read(RelPath path) throws IOException {
    Path file = paths.resolve(path);
    BasicFileAttributes attrs = existing(path, file);
    requireRegular(path, attrs);
    return new FileContent(file, attrs.size());
  }

  @Override
  public PendingFile create(RelPath path) throws IOException {
    Path folder = paths.folder(path.parent().orElse(null));
    Path target = paths.resolve(path);
    Path temp = folder.resolve(ownTempPrefix + HexFormat.of().formatHex(randomBytes()));
    FileChannel channel =
        FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    return new NioPendingFile(path, target, temp, new HashingOutputStream(channel), hasher, paths);
  }

  @Override
  public Entry mkdir(RelPath path) throws IOException {
    Path folder = paths.folder(path);
    BasicFileAttributes attrs = existing(path, folder);
    return new Entry(
        path, EntryKind.FOLDER, 0, null, null, null, Names.stamp(attrs), paths.nativePath(folder));
  }

  @Override
  public void delete(RelPath path) throws IOException {
    Path file = paths.resolve(path);
    BasicFileAttributes attrs = existing(path, file);
    if (attrs.isDirectory()) {
      deleteLitter(file);
    }
    Files.delete(file);
  }

  @Override
  public void copyOut(RelPath path, String folder) throws IOException {
    Path source = paths.resolve(path);
    requireRegular(path, existing(path, source));
    try {
      copy(source, path, folder);
    } catch (AccessDeniedException e) {
      throw new IOException("no permission to write " + e.getFile(), e);
    } catch (FileAlreadyExistsException e) {
      throw new IOException("something is in the way at " + e.getFile(), e);
    } catch (FileSystemException e) {
      String reason = e.getReason();
      throw new IOException((reason != null ? reason : "cannot write") + ": " + e.getFile(), e);
    }
  }

  /** Copies {@code source} to {@code folder/path} through a temp file. */
  private void copy(Path source, RelPath path, String folder) throws IOException {
    Path target = paths.root().getFileSystem().getPath(folder);
    for (String segment : path.segments()) {
      target = target.resolve(segment);
    }
    Path parent = requireNonNull(target.getParent(), "backup folder");
    Files.createDirectories(parent);
    Path temp = parent.resolve(ownTempPrefix + HexFormat.of().formatHex(randomBytes()));
    try {
      Files.copy(source, temp, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
      Files.move(temp, target); // never replaces an older copy
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  @Override
  public int pruneOut(String folder, Predicate<String> expired) throws IOException {
    Path base = paths.root().getFileSystem().getPath(folder);
    if (!Files.isDirectory(base, LinkOption.NOFOLLOW_LINKS)) {
      return 0;
    }
    List<Path> old = new ArrayList<>();
    try (DirectoryStream<Path> children = Files.newDirectoryStream(base)) {
      for (Path child : children) {
        if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)
            && expired.test(String.valueOf(child.getFileName()))) {
          old.add(child);
        }
      }
    }
    for (Path run : old) {
      deleteTree(run);
    }
    return old.size();
  }

  /** Deletes a folder and everything in it, without following symbolic links. */
  private static void deleteTree(Path folder) throws IOException {
    Files.walkFileTree(
        folder,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, @Nullable IOException e)
              throws IOException {
            if (e != null) {
              throw e;
            }
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /** Deletes OS litter (.DS_Store and the like) from a folder that holds nothing else. */
  private static void deleteLitter(Path folder) throws IOException {
    List<Path> litter = new ArrayList<>();
    try (DirectoryStream<Path> children = Files.newDirectoryStream(folder)) {
      for (Path child : children) {
        if (!LITTER.contains(String.valueOf(child.getFileName()))
            || !Files.isRegularFile(child, LinkOption.NOFOLLOW_LINKS)) {
          return;
        }
        litter.add(child);
      }
    }
    for (Path child : litter) {
      Files.deleteIfExists(child);
    }
  }

  @Override
  public Entry move(RelPath from, RelPath to) throws IOException {
    Path source = paths.resolve(from);
    existing(from, source);
    paths.folder(to.parent().orElse(null));
    Path target = paths.resolve(to);
    if (RootPaths.attributes(target) != null) {
      if (!Files.isSameFile(source, target) || source.equals(target)) {
        throw new FileAlreadyExistsException(to.value());
      }
      // Only the spelling changes (case or Unicode form) on a file system that ignores it.
      Path step = source.resolveSibling(ownTempPrefix + HexFormat.of().formatHex(randomBytes()));
      Files.move(source, step);
      source = step;
    }
    Files.move(source, target);
    return stat(to).orElseThrow(() -> new NoSuchFileException(to.value()));
  }

  private static BasicFileAttributes existing(RelPath path, Path file) throws IOException {
    BasicFileAttributes attrs = RootPaths.attributes(file);
    if (attrs == null) {
      throw new NoSuchFileException(path.value());
    }
    if (attrs.isSymbolicLink()) {
      throw new IOException(path + ": " + Scan.SYMLINK);
    }
    return attrs;
  }

  private static void requireRegular(RelPath path, BasicFileAttributes attrs) throws IOException {
    if (attrs.isSymbolicLink()) {
      throw new IOException(path + ": " + Scan.SYMLINK);
    }
    if (!attrs.isRegularFile()) {
      throw new IOException(path + ": " + Scan.SPECIAL);
    }
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[8];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  private static String swapCase(String name) {
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      out.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
    }
    return out.toString();
  }
}
