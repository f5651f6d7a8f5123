package io.github.osf4j.core.local;

import io.github.osf4j.core.IgnoreRules;
import io.github.osf4j.core.RelPath;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists the ignored paths under the root whose parent is not ignored, without entering ignored
 * folders, following links or reading files. Single use.
 */
final class IgnoredWalk extends SimpleFileVisitor<Path> {
  private final Path root;
  private final IgnoreRules rules;
  private final List<RelPath> found = new ArrayList<>();

  private IgnoredWalk(Path root, IgnoreRules rules) {
    this.root = root;
    this.rules = rules;
  }

  static List<RelPath> run(RootPaths paths, IgnoreRules rules) throws IOException {
    Path root = paths.root();
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    Path start = Files.isSymbolicLink(root) ? root.toRealPath() : root;
    IgnoredWalk walk = new IgnoredWalk(start, rules);
    Files.walkFileTree(start, walk);
    walk.found.sort(null);
    return List.copyOf(walk.found);
  }

  @Override
  public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
    if (dir.equals(root)) {
      return FileVisitResult.CONTINUE;
    }
    return check(dir, true) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
  }

  @Override
  public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
    check(file, attrs.isDirectory());
    return FileVisitResult.CONTINUE;
  }

  @Override
  public FileVisitResult visitFileFailed(Path file, IOException e) {
    return FileVisitResult.CONTINUE;
  }

  /** Records {@code file} when it is ignored; returns whether it is. */
  private boolean check(Path file, boolean folder) {
    StringBuilder out = new StringBuilder();
    for (Path name : root.relativize(file)) {
      out.append(out.length() > 0 ? "/" : "").append(name);
    }
    String path = Normalizer.normalize(out.toString(), Normalizer.Form.NFC);
    if (!RelPath.isValid(path)) {
      return false;
    }
    RelPath key = RelPath.of(path);
    boolean ignored = rules.ignored(path, key.name(), folder);
    if (ignored) {
      found.add(key);
    }
    return ignored;
  }
}
