package io.github.osf4j.core.local;

import io.github.osf4j.core.RelPath;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Maps relative paths to on-disk paths under the root: segment by segment, using the on-disk
 * spelling of a name that exists in another Unicode form, never through a symbolic link, never
 * outside the root. Thread-safe.
 */
final class RootPaths {
  private final Path root;

  RootPaths(Path root) {
    this.root = root;
  }

  Path root() {
    return root;
  }

  /**
   * The on-disk path of {@code path}. Its existing parents must be real folders; the path itself
   * may be absent or anything.
   */
  Path resolve(RelPath path) throws IOException {
    List<String> segments = path.segments();
    Path current = root;
    boolean exists = true;
    for (int i = 0; i < segments.size(); i++) {
      current = child(current, segments.get(i), exists);
      if (i < segments.size() - 1 && exists) {
        exists = checkFolder(current, path);
      }
    }
    return current;
  }

  /** The folder at {@code path} (the root when null), created with its parents when missing. */
  Path folder(@Nullable RelPath path) throws IOException {
    Path current = root;
    if (path == null) {
      return current;
    }
    for (String segment : path.segments()) {
      current = child(current, segment, true);
      if (!checkFolder(current, path)) {
        try {
          Files.createDirectory(current);
        } catch (FileAlreadyExistsException e) {
          checkFolder(current, path);
        }
      }
    }
    return current;
  }

  /** The path of {@code file} relative to the root, {@code /}-separated, as spelled on disk. */
  String nativePath(Path file) {
    Path relative = root.relativize(file);
    StringBuilder out = new StringBuilder();
    for (Path name : relative) {
      if (out.length() > 0) {
        out.append('/');
      }
      out.append(name);
    }
    return out.toString();
  }

  /**
   * The relative path of {@code file} (an absolute path on the root's file system) when it lies
   * inside the root, as given or once links are resolved.
   */
  Optional<RelPath> inside(String file) {
    Path path;
    try {
      path = root.getFileSystem().getPath(file).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
    Optional<RelPath> direct = relative(root.toAbsolutePath().normalize(), path);
    Path parent = path.getParent();
    Path name = path.getFileName();
    if (direct.isPresent() || parent == null || name == null) {
      return direct;
    }
    try {
      return relative(root.toRealPath(), parent.toRealPath().resolve(name.toString()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Optional<RelPath> relative(Path base, Path path) {
    if (!path.startsWith(base) || path.equals(base)) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder();
    for (Path name : base.relativize(path)) {
      out.append(out.length() > 0 ? "/" : "").append(name);
    }
    String relative = out.toString();
    return RelPath.isValid(relative) ? Optional.of(RelPath.of(relative)) : Optional.empty();
  }

  /** Attributes of {@code file} without following a link, or null when it does not exist. */
  static @Nullable BasicFileAttributes attributes(Path file) throws IOException {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  /** Returns whether {@code dir} exists; throws when it exists but is no real folder. */
  private static boolean checkFolder(Path dir, RelPath path) throws IOException {
    BasicFileAttributes attrs = attributes(dir);
    if (attrs == null) {
      return false;
    }
    if (attrs.isSymbolicLink()) {
      throw new IOException(path + ": goes through a symbolic link, not followed");
    }
    if (!attrs.isDirectory()) {
      throw new NotDirectoryException(path + ": a parent is not a folder");
    }
    return true;
  }

  private static Path child(Path dir, String segment, boolean lookUp) throws IOException {
    Path candidate = dir.resolve(segment);
    Path parent = candidate.getParent();
    if (parent == null || !parent.equals(dir) || candidate.isAbsolute() != dir.isAbsolute()) {
      throw new IOException("not a single file name on this file system: " + segment);
    }
    if (!lookUp || Names.isAscii(segment) || attributes(candidate) != null) {
      return candidate;
    }
    try (DirectoryStream<Path> children = Files.newDirectoryStream(dir)) {
      for (Path other : children) {
        Path name = other.getFileName();
        if (name != null
            && Normalizer.normalize(name.toString(), Normalizer.Form.NFC).equals(segment)) {
          return other;
        }
      }
    } catch (NoSuchFileException | NotDirectoryException e) {
      // nothing there under another spelling either
    }
    return candidate;
  }
}
