package io.github.osf4j.core.local;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Builds an {@link NioLocalFiles} with the test seams. */
final class LocalFilesOptions {
  private FileAccess access = FileAccess.DEFAULT;
  private List<String> ignores = List.of();
  private int threads = 2;
  private @Nullable Boolean caseTwins;

  LocalFilesOptions access(FileAccess newAccess) {
    this.access = newAccess;
    return this;
  }

  LocalFilesOptions ignores(List<String> newIgnores) {
    this.ignores = newIgnores;
    return this;
  }

  LocalFilesOptions threads(int newThreads) {
    this.threads = newThreads;
    return this;
  }

  LocalFilesOptions caseTwins(boolean problems) {
    this.caseTwins = problems;
    return this;
  }

  NioLocalFiles files(Path root) {
    return new NioLocalFiles(root, ignores, threads, caseTwins, access);
  }
}
