package io.github.osf4j.core;

import java.io.IOException;

/**
 * Opens the local sync root a project file names, e.g. an {@code
 * io.github.osf4j.core.local.NioLocalFiles} on {@link ProjectConfig#localRoot()} with its ignore
 * patterns.
 */
@FunctionalInterface
public interface LocalFilesFactory {

  /** The local files of the project configured by {@code config}. */
  LocalFiles open(ProjectConfig config) throws IOException;
}
