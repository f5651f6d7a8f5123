package io.github.osf4j.core;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;

/** Content whose SHA-256 a scan already computed. */
record KnownHashContent(Content content, String sha256) implements Content {

  KnownHashContent {
    requireNonNull(content, "content");
    requireNonNull(sha256, "sha256");
  }

  @Override
  public long size() {
    return content.size();
  }

  @Override
  public InputStream open() throws IOException {
    return content.open();
  }

  @Override
  public String knownSha256() {
    return sha256;
  }
}
