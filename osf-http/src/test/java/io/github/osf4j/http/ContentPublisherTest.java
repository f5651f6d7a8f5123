package io.github.osf4j.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.osf4j.core.Content;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Flow;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

final class ContentPublisherTest {

  @Test
  void emitsNoMoreChunksThanRequested() {
    Recorder r = subscribe(new Source(bytes(10), 10), 4);

    assertThat(r.chunks).isEmpty();
    r.request(1);
    assertThat(r.sizes()).containsExactly(4);
    assertThat(r.completed).isFalse();
    r.request(1);
    assertThat(r.sizes()).containsExactly(4, 4);
    assertThat(r.completed).isFalse();
  }

  @Test
  void completesRightAfterTheLastChunkAndClosesTheStream() {
    Source source = new Source(bytes(10), 10);
    Recorder r = subscribe(source, 4);

    r.request(Long.MAX_VALUE);

    assertThat(r.sizes()).containsExactly(4, 4, 2);
    assertThat(r.bytes()).isEqualTo(bytes(10));
    assertThat(r.completed).isTrue();
    assertThat(r.error).isNull();
    assertThat(source.closed).isEqualTo(1);
  }

  @Test
  void demandAddsUpWithoutOverflow() {
    Recorder r = subscribe(new Source(bytes(10), 10), 1);

    r.request(Long.MAX_VALUE);

    assertThat(r.sizes()).hasSize(10);
    assertThat(r.completed).isTrue();
  }

  @Test
  void requestFromInsideOnNextDoesNotRecurse() {
    Recorder r = new Recorder(true);
    new ContentPublisher(new Source(bytes(200_000), 200_000), 1).subscribe(r);

    r.request(1);

    assertThat(r.chunks).hasSize(200_000);
    assertThat(r.maxDepth).isEqualTo(1);
    assertThat(r.completed).isTrue();
  }

  @Test
  void cancelClosesTheStreamAndStopsSignals() {
    Source source = new Source(bytes(10), 10);
    Recorder r = subscribe(source, 4);
    r.request(1);

    r.subscription().cancel();
    r.request(5);

    assertThat(r.sizes()).containsExactly(4);
    assertThat(r.completed).isFalse();
    assertThat(r.error).isNull();
    assertThat(source.closed).isEqualTo(1);
  }

  @Test
  void cancelBeforeAnyDemandNeverOpensTheContent() {
    Source source = new Source(bytes(10), 10);
    Recorder r = subscribe(source, 4);

    r.subscription().cancel();
    r.request(1);

    assertThat(source.opened).isZero();
    assertThat(r.chunks).isEmpty();
  }

  @Test
  void readFailureIsSignalledWithTheSameException() {
    IOException boom = new IOException("disk gone");
    Source source = new Source(bytes(10), 10).failingAfter(5, boom);
    Recorder r = subscribe(source, 4);

    r.request(10);

    assertThat(r.sizes()).containsExactly(4);
    assertThat(r.error).isSameAs(boom);
    assertThat(r.completed).isFalse();
    assertThat(source.closed).isEqualTo(1);
  }

  @Test
  void openFailureIsSignalled() {
    IOException boom = new IOException("no such file");
    Source source = new Source(bytes(3), 3).failingOpen(boom);
    Recorder r = subscribe(source, 4);

    r.request(1);

    assertThat(r.error).isSameAs(boom);
  }

  @Test
  void contentShorterThanAnnouncedFails() {
    Source source = new Source(bytes(6), 10);
    Recorder r = subscribe(source, 4);

    r.request(10);

    assertThat(r.sizes()).containsExactly(4);
    assertThat(r.error)
        .isInstanceOf(IOException.class)
        .hasMessageContaining("ended after 6 of the 10 bytes");
    assertThat(source.closed).isEqualTo(1);
  }

  @Test
  void contentLongerThanAnnouncedFails() {
    Source source = new Source(bytes(6), 4);
    Recorder r = subscribe(source, 4);

    r.request(10);

    assertThat(r.sizes()).containsExactly(4);
    assertThat(r.completed).isFalse();
    assertThat(r.error)
        .isInstanceOf(IOException.class)
        .hasMessageContaining("more than the 4 bytes");
    assertThat(source.closed).isEqualTo(1);
  }

  @Test
  void emptyContentCompletesOnFirstDemand() {
    Recorder r = subscribe(new Source(new byte[0], 0), 4);

    r.request(1);

    assertThat(r.chunks).isEmpty();
    assertThat(r.completed).isTrue();
  }

  @Test
  void nonPositiveRequestIsAnError() {
    Source source = new Source(bytes(10), 10);
    Recorder r = subscribe(source, 4);
    r.request(1);

    r.request(0);

    assertThat(r.error).isInstanceOf(IllegalArgumentException.class);
    assertThat(source.closed).isEqualTo(1);
  }

  @Test
  void eachSubscriptionReadsTheContentAgain() {
    Source source = new Source(bytes(10), 10);
    ContentPublisher publisher = new ContentPublisher(source, 4);
    Recorder first = new Recorder(false);
    Recorder second = new Recorder(false);
    publisher.subscribe(first);
    first.request(1);

    publisher.subscribe(second);
    second.request(Long.MAX_VALUE);

    assertThat(source.opened).isEqualTo(2);
    assertThat(second.bytes()).isEqualTo(bytes(10));
    assertThat(second.completed).isTrue();
  }

  @Test
  void chunkSizeMustBePositive() {
    Source source = new Source(bytes(1), 1);

    assertThatThrownBy(() -> new ContentPublisher(source, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Recorder subscribe(Content content, int chunk) {
    Recorder r = new Recorder(false);
    new ContentPublisher(content, chunk).subscribe(r);
    return r;
  }

  private static byte[] bytes(int n) {
    byte[] data = new byte[n];
    for (int i = 0; i < n; i++) {
      data[i] = (byte) (i * 31 + 7);
    }
    return data;
  }

  /** Content announcing {@code size}, yielding {@code data}, counting opens and closes. */
  private static final class Source implements Content {
    private final byte[] data;
    private final long size;
    private long failAt = -1;
    private @Nullable IOException readFailure;
    private @Nullable IOException openFailure;
    int opened;
    int closed;

    Source(byte[] data, long size) {
      this.data = data;
      this.size = size;
    }

    Source failingAfter(long at, IOException e) {
      failAt = at;
      readFailure = e;
      return this;
    }

    Source failingOpen(IOException e) {
      openFailure = e;
      return this;
    }

    @Override
    public long size() {
      return size;
    }

    @Override
    public InputStream open() throws IOException {
      IOException e = openFailure;
      if (e != null) {
        throw e;
      }
      opened++;
      return new FilterInputStream(new ByteArrayInputStream(data)) {
        private long position;

        @Override
        public int read() throws IOException {
          byte[] one = new byte[1];
          return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          IOException failure = readFailure;
          int allowed = len;
          if (failure != null && failAt >= 0) {
            if (position >= failAt) {
              throw failure;
            }
            allowed = (int) Math.min(len, failAt - position);
          }
          int n = super.read(b, off, allowed);
          if (n > 0) {
            position += n;
          }
          return n;
        }

        @Override
        public void close() throws IOException {
          closed++;
          super.close();
        }
      };
    }
  }

  /** Records every signal; optionally asks for one more item from inside onNext. */
  private static final class Recorder implements Flow.Subscriber<ByteBuffer> {
    private final boolean requestFromOnNext;
    private Flow.@Nullable Subscription subscription;
    final List<byte[]> chunks = new ArrayList<>();
    @Nullable Throwable error;
    boolean completed;
    int depth;
    int maxDepth;

    Recorder(boolean requestFromOnNext) {
      this.requestFromOnNext = requestFromOnNext;
    }

    Flow.Subscription subscription() {
      return Objects.requireNonNull(subscription);
    }

    void request(long n) {
      subscription().request(n);
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      assertThat(subscription).isNull();
      subscription = s;
    }

    @Override
    public void onNext(ByteBuffer item) {
      assertThat(completed || error != null).isFalse();
      depth++;
      maxDepth = Math.max(maxDepth, depth);
      byte[] copy = new byte[item.remaining()];
      item.get(copy);
      chunks.add(copy);
      if (requestFromOnNext) {
        request(1);
      }
      depth--;
    }

    @Override
    public void onError(Throwable throwable) {
      assertThat(completed || error != null).isFalse();
      error = throwable;
    }

    @Override
    public void onComplete() {
      assertThat(completed || error != null).isFalse();
      completed = true;
    }

    List<Integer> sizes() {
      return chunks.stream().map(c -> c.length).toList();
    }

    byte[] bytes() {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      chunks.forEach(out::writeBytes);
      return out.toByteArray();
    }
  }
}
