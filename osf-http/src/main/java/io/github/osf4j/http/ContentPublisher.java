package io.github.osf4j.http;

import io.github.osf4j.core.Content;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * A request body read from a {@link Content} in large chunks, one chunk per requested item, on the
 * thread that asks for it. Each subscription opens the content afresh (a retry resends it whole),
 * and fails when the content yields more or fewer bytes than its announced size.
 */
final class ContentPublisher implements Flow.Publisher<ByteBuffer> {
  static final int CHUNK = 256 * 1024;

  private final Content content;
  private final int chunk;

  ContentPublisher(Content content) {
    this(content, CHUNK);
  }

  ContentPublisher(Content content, int chunk) {
    if (chunk <= 0) {
      throw new IllegalArgumentException("chunk size must be positive: " + chunk);
    }
    this.content = content;
    this.chunk = chunk;
  }

  @Override
  public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
    Pass pass = new Pass(subscriber, content, chunk);
    subscriber.onSubscribe(pass);
  }

  /** One pass over the content for one subscriber; signals are serialised by a drain loop. */
  private static final class Pass implements Flow.Subscription {
    private final Flow.Subscriber<? super ByteBuffer> subscriber;
    private final Content content;
    private final long size;
    private final int chunk;
    private final AtomicLong demand = new AtomicLong();
    private final AtomicInteger work = new AtomicInteger();
    private volatile boolean cancelled;
    private volatile @Nullable Throwable badRequest;
    // Touched only inside the drain loop, which one thread at a time runs.
    private @Nullable InputStream in;
    private long sent;
    private boolean done;

    Pass(Flow.Subscriber<? super ByteBuffer> subscriber, Content content, int chunk) {
      this.subscriber = subscriber;
      this.content = content;
      this.size = content.size();
      this.chunk = chunk;
    }

    @Override
    public void request(long n) {
      if (n <= 0) {
        badRequest = new IllegalArgumentException("non-positive request: " + n);
      } else {
        demand.getAndAccumulate(n, (a, b) -> a + b < 0 ? Long.MAX_VALUE : a + b);
      }
      drain();
    }

    @Override
    public void cancel() {
      cancelled = true;
      drain();
    }

    private void drain() {
      if (work.getAndIncrement() != 0) {
        return;
      }
      int missed = 1;
      do {
        try {
          emit();
        } catch (IOException | RuntimeException e) {
          fail(e);
        }
        missed = work.addAndGet(-missed);
      } while (missed != 0);
    }

    private void emit() throws IOException {
      while (!done) {
        if (cancelled) {
          done = true;
          close();
          return;
        }
        Throwable bad = badRequest;
        if (bad != null) {
          fail(bad);
          return;
        }
        InputStream stream = in;
        if (stream == null) {
          stream = content.open();
          in = stream;
        }
        if (sent == size) {
          finish(stream);
          return;
        }
        if (demand.get() == 0) {
          return;
        }
        ByteBuffer buffer = read(stream);
        sent += buffer.remaining();
        demand.decrementAndGet();
        subscriber.onNext(buffer);
      }
    }

    private ByteBuffer read(InputStream stream) throws IOException {
      byte[] bytes = new byte[(int) Math.min(chunk, size - sent)];
      int filled = 0;
      while (filled < bytes.length) {
        int n = stream.read(bytes, filled, bytes.length - filled);
        if (n < 0) {
          throw new IOException(
              "the local content ended after "
                  + (sent + filled)
                  + " of the "
                  + size
                  + " bytes announced");
        }
        filled += n;
      }
      return ByteBuffer.wrap(bytes);
    }

    private void finish(InputStream stream) throws IOException {
      if (stream.read() >= 0) {
        throw new IOException("the local content has more than the " + size + " bytes announced");
      }
      done = true;
      close();
      subscriber.onComplete();
    }

    private void fail(Throwable failure) {
      if (done) {
        return;
      }
      done = true;
      close();
      if (!cancelled) {
        subscriber.onError(failure);
      }
    }

    private void close() {
      InputStream stream = in;
      in = null;
      if (stream != null) {
        try {
          stream.close();
        } catch (IOException e) {
          // The pass is over either way; a failure to close loses no data we still need.
        }
      }
    }
  }
}
