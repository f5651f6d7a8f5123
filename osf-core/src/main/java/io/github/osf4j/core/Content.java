package io.github.osf4j.core;

import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/** Bytes of known length that can be read again from the start (for an upload's retries). */
public interface Content {

  /** The exact number of bytes {@link #open} yields. */
  long size();

  /** A new stream over the whole content; the caller closes it. */
  InputStream open() throws IOException;

  /**
   * The SHA-256 (lowercase hex) these bytes had when they were last hashed, for example by the scan
   * that planned their upload, or null when unknown. An upload may then skip hashing while it sends
   * and check the server's hash against this one (reading again only when they differ).
   */
  default @Nullable String knownSha256() {
    return null;
  }

  /** {@code content} whose SHA-256 is known to be {@code sha256} (see {@link #knownSha256}). */
  static Content withKnownSha256(Content content, String sha256) {
    return new KnownHashContent(content, sha256);
  }
}
