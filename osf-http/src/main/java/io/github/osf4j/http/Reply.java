package io.github.osf4j.http;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * A response whose body is still to be read; holds a slot of the shared concurrency limit until
 * closed. Used by one thread.
 */
final class Reply implements Closeable {
  private static final int MAX_TEXT = 16 * 1024 * 1024;

  private final int status;
  private final HttpHeaders headers;
  private final InputStream body;
  private final URI uri;
  private final Runnable release;
  private final AtomicBoolean closed = new AtomicBoolean();

  Reply(int status, HttpHeaders headers, InputStream body, URI uri, Runnable release) {
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.uri = uri;
    this.release = release;
  }

  int status() {
    return status;
  }

  URI uri() {
    return uri;
  }

  @Nullable String header(String name) {
    Optional<String> value = headers.firstValue(name);
    return value.orElse(null);
  }

  InputStream body() {
    return body;
  }

  /**
   * The whole body (at most 16 MiB). Reading it to the end closes this reply, so the slot is free
   * for another request while the caller works on the bytes.
   */
  byte[] bytes() throws IOException {
    byte[] data = body.readNBytes(MAX_TEXT + 1);
    if (data.length > MAX_TEXT) {
      throw new IOException("response from " + uri.getHost() + " is larger than 16 MiB");
    }
    close();
    return data;
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      try {
        body.close();
      } catch (IOException e) {
        // Closing only cancels the subscription; nothing is lost.
      } finally {
        release.run();
      }
    }
  }
}
