package io.github.osf4j.http;

import io.github.osf4j.core.Content;
import java.io.ByteArrayInputStream;
import java.io.InputStream;

/** A small request body held in memory. */
final class BytesContent implements Content {
  static final BytesContent EMPTY = new BytesContent(new byte[0]);

  private final byte[] bytes;

  BytesContent(byte[] bytes) {
    this.bytes = bytes.clone();
  }

  @Override
  public long size() {
    return bytes.length;
  }

  @Override
  public InputStream open() {
    return new ByteArrayInputStream(bytes);
  }
}
