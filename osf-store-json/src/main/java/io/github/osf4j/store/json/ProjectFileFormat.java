package io.github.osf4j.store.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;

/** Shared constants of the project file format and the JSON factory that reads and writes it. */
final class ProjectFileFormat {

  /** The format version this code writes and the newest it reads. */
  static final int VERSION = 1;

  private ProjectFileFormat() {}

  /** A thread-safe factory whose generators never close the stream they write to. */
  static JsonFactory newFactory() {
    return JsonFactory.builder()
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
  }
}
