package io.github.osf4j.core;

import java.io.IOException;
import java.io.InputStream;

/** Bytes of known length that can be read again from the start (for an upload's retries). */
public interface Content {

  /** The exact number of bytes {@link #open} yields. */
  long size();

  /** A new stream over the whole content; the caller closes it. */
  InputStream open() throws IOException;
}
