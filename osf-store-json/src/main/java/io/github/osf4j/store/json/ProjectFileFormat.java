package io.github.osf4j.store.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;

/** Shared constants of the project file format and the JSON factory that reads and writes it. */
final class ProjectFileFormat {

  /** The newest format version this code reads. */
  static final int VERSION = 3;

  /**
   * The version written for files that link the whole storage: osf4j before remote paths reads them
   * too.
   */
  static final int WHOLE_STORAGE = 1;

  /**
   * The version written for files with a remote path, so that an osf4j that knows no remote paths
   * refuses them rather than take the folder's files for the whole storage's.
   */
  static final int REMOTE_PATH = 2;

  /**
   * The version written for files that include components, so that an osf4j that knows no
   * components refuses them rather than upload the components' files into the project.
   */
  static final int COMPONENTS = 3;

  private ProjectFileFormat() {}

  /** A thread-safe factory whose generators never close the stream they write to. */
  static JsonFactory newFactory() {
    return JsonFactory.builder()
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
  }
}
