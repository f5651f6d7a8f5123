package io.github.osf4j.http;

import io.github.osf4j.core.Content;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Test content held in memory, counting how often it was opened. */
final class Bytes implements Content {
  final byte[] data;
  int opened;

  Bytes(byte[] data) {
    this.data = data.clone();
  }

  static Bytes of(String text) {
    return new Bytes(text.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public long size() {
    return data.length;
  }

  @Override
  public synchronized InputStream open() {
    opened++;
    return new ByteArrayInputStream(data);
  }
}
