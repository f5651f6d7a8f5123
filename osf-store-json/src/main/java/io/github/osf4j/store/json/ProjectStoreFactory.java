package io.github.osf4j.store.json;

import io.github.osf4j.core.ProjectStore;
import java.nio.file.Path;

/** Opens the {@link ProjectStore} of one project file; thread-safe. */
@FunctionalInterface
public interface ProjectStoreFactory {

  /**
   * The store of {@code projectFile} (which need not exist yet); opening reads nothing. The lock is
   * {@code <name>.lock} and the backup {@code <name>.bak} in the same folder.
   */
  ProjectStore open(Path projectFile);
}
