package io.github.osf4j.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A response body as a blocking stream that fails when no byte arrives for the idle timeout, or
 * when, after a grace period, the body arrives slower than a minimum rate, so neither a stalled nor
 * a trickling server can hang a transfer. Read by one thread; fed by the client's threads.
 */
final class IdleTimeoutBody extends InputStream
    implements HttpResponse.BodySubscriber<InputStream> {
  private static final Object END = new Object();

  /** Buffer lists the client may deliver before the reader takes them (memory stays bounded). */
  static final int AHEAD = 8;

  private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();

  /** Below this average rate (after {@link #GRACE}) a body fails: 1 MB would take 17 minutes. */
  static final long MIN_BYTES_PER_SECOND = 1024;

  /** How long a body may arrive at any rate before the minimum applies (slow starts are fine). */
  static final Duration GRACE = Duration.ofSeconds(60);

  private final Duration idle;
  private final Duration grace;
  private final long minBytesPerSecond;
  private final long start = System.nanoTime();
  private long received;
  private volatile Flow.@Nullable Subscription subscription;
  private Iterator<ByteBuffer> buffers = Collections.emptyIterator();
  private @Nullable ByteBuffer current;
  private @Nullable IOException failure;
  private boolean ended;
  private volatile boolean closed;

  IdleTimeoutBody(Duration idle) {
    this(idle, GRACE, MIN_BYTES_PER_SECOND);
  }

  IdleTimeoutBody(Duration idle, Duration grace, long minBytesPerSecond) {
    this.idle = idle;
    this.grace = grace;
    this.minBytesPerSecond = minBytesPerSecond;
  }

  @Override
  public CompletionStage<InputStream> getBody() {
    return CompletableFuture.completedFuture(this);
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (closed) {
      s.cancel();
    } else {
      s.request(AHEAD);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> item) {
    queue.add(item);
  }

  @Override
  public void onError(Throwable throwable) {
    queue.add(throwable);
  }

  @Override
  public void onComplete() {
    queue.add(END);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    ByteBuffer buffer = next();
    if (buffer == null) {
      return -1;
    }
    int n = Math.min(len, buffer.remaining());
    buffer.get(b, off, n);
    received += n;
    return n;
  }

  @Override
  public void close() {
    closed = true;
    Flow.Subscription s = subscription;
    if (s != null) {
      s.cancel();
    }
    queue.clear();
  }

  private @Nullable ByteBuffer next() throws IOException {
    while (current == null || !current.hasRemaining()) {
      if (buffers.hasNext()) {
        current = buffers.next();
        continue;
      }
      if (failure != null) {
        throw failure;
      }
      if (ended) {
        return null;
      }
      take();
    }
    return current;
  }

  private void checkRate() throws IOException {
    long elapsedNanos = System.nanoTime() - start;
    if (elapsedNanos <= grace.toNanos()) {
      return;
    }
    double seconds = elapsedNanos / 1e9;
    if (received < minBytesPerSecond * seconds) {
      close();
      failure =
          new HttpTimeoutException(
              String.format(
                  "data arrives too slowly: %d bytes in %.0f s, below the minimum of %d bytes/s",
                  received, seconds, minBytesPerSecond));
      throw failure;
    }
  }

  @SuppressWarnings("unchecked")
  private void take() throws IOException {
    if (closed) {
      throw new IOException("response body closed");
    }
    checkRate();
    Object item;
    try {
      item = queue.poll(idle.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      throw new InterruptedIOException("interrupted while reading a response");
    }
    if (item == null) {
      close();
      failure = new HttpTimeoutException("no data received for " + idle.toMillis() + " ms");
    } else if (item == END) {
      ended = true;
    } else if (item instanceof Throwable) {
      Throwable t = (Throwable) item;
      failure = t instanceof IOException ? (IOException) t : new IOException(t.toString(), t);
    } else {
      buffers = ((List<ByteBuffer>) item).iterator();
      Flow.Subscription s = subscription;
      if (s != null) {
        s.request(1);
      }
    }
  }
}
