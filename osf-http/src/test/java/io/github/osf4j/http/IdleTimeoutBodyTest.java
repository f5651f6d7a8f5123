package io.github.osf4j.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;

final class IdleTimeoutBodyTest {
  private final IdleTimeoutBody body = new IdleTimeoutBody(Duration.ofMillis(50));
  private final Demand demand = new Demand();

  @Test
  void aBodyTricklingBelowTheMinimumRateFailsAfterTheGrace() throws IOException {
    IdleTimeoutBody trickle = new IdleTimeoutBody(Duration.ofSeconds(5), Duration.ZERO, 1L << 40);
    trickle.onSubscribe(demand);
    trickle.onNext(List.of(ByteBuffer.wrap(new byte[] {1, 2, 3})));
    trickle.onNext(List.of(ByteBuffer.wrap(new byte[] {4})));
    byte[] into = new byte[10];

    assertThatThrownBy(() -> trickle.read(into, 0, 10))
        .isInstanceOf(HttpTimeoutException.class)
        .hasMessageContaining("data arrives too slowly")
        .hasMessageContaining("bytes/s");
    assertThat(demand.cancelled).isTrue();
  }

  @Test
  void aBodyAtAnyRateIsFineDuringTheGrace() throws IOException {
    IdleTimeoutBody slowStart =
        new IdleTimeoutBody(Duration.ofSeconds(5), Duration.ofHours(1), 1L << 40);
    slowStart.onSubscribe(demand);
    slowStart.onNext(List.of(ByteBuffer.wrap(new byte[] {1, 2, 3})));
    slowStart.onComplete();

    assertThat(slowStart.readAllBytes()).containsExactly(1, 2, 3);
  }

  @Test
  void asksForSeveralListsAheadThenOneMorePerListTaken() throws IOException {
    body.onSubscribe(demand);
    assertThat(demand.requested).isEqualTo(IdleTimeoutBody.AHEAD);

    body.onNext(List.of(ByteBuffer.wrap(new byte[] {1, 2})));
    body.onNext(List.of(ByteBuffer.wrap(new byte[] {3})));
    byte[] into = new byte[10];

    assertThat(body.read(into, 0, 10)).isEqualTo(2);
    assertThat(demand.requested).isEqualTo(IdleTimeoutBody.AHEAD + 1);
    assertThat(body.read(into, 2, 8)).isEqualTo(1);
    assertThat(demand.requested).isEqualTo(IdleTimeoutBody.AHEAD + 2);
    assertThat(into).startsWith(1, 2, 3);
  }

  @Test
  void readsEveryBufferOfAListThenTheEnd() throws IOException {
    body.onSubscribe(demand);
    body.onNext(List.of(ByteBuffer.wrap(new byte[] {1}), ByteBuffer.wrap(new byte[] {2, 3})));
    body.onComplete();

    assertThat(body.readAllBytes()).containsExactly(1, 2, 3);
    assertThat(body.read()).isEqualTo(-1);
  }

  @Test
  void aFailureOfTheClientIsThrownToTheReader() {
    IOException reset = new IOException("connection reset");
    body.onSubscribe(demand);
    body.onError(reset);

    assertThatThrownBy(body::read).isSameAs(reset);
  }

  @Test
  void noDataForTheIdleTimeoutFailsAndCancels() {
    body.onSubscribe(demand);

    assertThatThrownBy(body::read).isInstanceOf(HttpTimeoutException.class);
    assertThat(demand.cancelled).isTrue();
  }

  @Test
  void closingBeforeTheSubscriptionCancelsIt() {
    body.close();
    body.onSubscribe(demand);

    assertThat(demand.cancelled).isTrue();
    assertThat(demand.requested).isZero();
  }

  /** Records what the body asks of the client. */
  private static final class Demand implements Flow.Subscription {
    long requested;
    boolean cancelled;

    @Override
    public void request(long n) {
      requested += n;
    }

    @Override
    public void cancel() {
      cancelled = true;
    }
  }
}
