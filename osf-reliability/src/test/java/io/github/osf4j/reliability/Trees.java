package io.github.osf4j.reliability;

import io.github.osf4j.core.Entry;
import io.github.osf4j.core.RemoteStorage;
import io.github.osf4j.core.Snapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Hashes and listings of a local folder and of a remote project, for comparing trees. */
final class Trees {
  static final String TEMP_PREFIX = ".osf4j-";

  private Trees() {}

  static String sha256(byte[] bytes) {
    return digest("SHA-256", bytes);
  }

  static String md5(byte[] bytes) {
    return digest("MD5", bytes);
  }

  private static String digest(String algorithm, byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Every regular file under {@code root} but osf4j's temp files (see {@link #strays}): relative
   * path ('/'-separated) to its sha256.
   */
  static Map<String, String> localFiles(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).filter(p -> !isTemp(p)).toList()) {
        out.put(rel(root, p), sha256(Files.readAllBytes(p)));
      }
    }
    return out;
  }

  private static boolean isTemp(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(TEMP_PREFIX);
  }

  /** Every path under {@code dir} whose name starts with the reserved temp prefix. */
  static List<String> strays(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(p -> p.getFileName() != null)
          .filter(p -> p.getFileName().toString().startsWith(TEMP_PREFIX))
          .forEach(p -> out.add(rel(dir, p)));
    }
    return out;
  }

  /** Every file the remote lists: path to the listing's entry. */
  static Map<String, Entry> remoteFiles(RemoteStorage remote, String projectId) throws IOException {
    Snapshot s = remote.list(projectId);
    Map<String, Entry> out = new TreeMap<>();
    for (Entry e : s.entries().values()) {
      if (e.isFile()) {
        out.put(e.path().value(), e);
      }
    }
    return out;
  }

  /** Every regular file and folder under {@code dir} with its size and mtime, to see changes. */
  static Map<String, String> fingerprint(Path dir) {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.toList()) {
        String what =
            Files.isDirectory(p)
                ? "dir"
                : Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis();
        out.put(rel(dir, p), what);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static String rel(Path root, Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }

  /** Deletes a folder and everything in it. */
  static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
