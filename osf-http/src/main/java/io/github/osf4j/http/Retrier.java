package io.github.osf4j.http;

import io.github.osf4j.core.ServerBusyException;
import io.github.osf4j.core.ServerException;
import io.github.osf4j.http.RetryClassifier.Done;
import io.github.osf4j.http.RetryClassifier.Fail;
import io.github.osf4j.http.RetryClassifier.Outcome;
import io.github.osf4j.http.RetryClassifier.Retry;
import io.github.osf4j.http.RetryClassifier.Throttled;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Runs a request step with retries: 429 pauses the host for {@code Retry-After} (see {@link
 * HostGates}) and is retried without counting as a failed attempt; maintenance 503 and other 5xx
 * and I/O failures back off exponentially with jitter. Steps that are not idempotent are repeated
 * only when the request cannot have been processed. A host that refuses connections several times
 * in a row ({@link HostHealth}) fails every request at once. What each attempt came to is an {@link
 * Outcome} that {@link RetryClassifier} decides. Thread-safe.
 */
final class Retrier {

  /** Supplies the request for each attempt (a download adds its {@code Range} here). */
  @FunctionalInterface
  interface Source {
    Req next() throws IOException;
  }

  /** Reads a reply that needs no retry; may throw the mapped exception. */
  @FunctionalInterface
  interface Handler<T> {
    T handle(Reply reply) throws IOException;
  }

  /** A write whose outcome may be unknown; {@code round} counts from 1. */
  @FunctionalInterface
  interface Round<T> {
    T run(int round) throws IOException;
  }

  /** After a round failed: what the write left behind, or null when it did not take effect. */
  @FunctionalInterface
  interface Look<T> {
    @Nullable T after(ServerException failure) throws IOException;
  }

  /** How many rounds a write whose outcome stays unknown gets. */
  static final int ROUNDS = 3;

  /** How many 429s in a row one step accepts before it fails. */
  static final int MAX_THROTTLED = 100;

  private final Transport transport;
  private final Backoff backoff;
  private final Sleeper sleeper;
  private final Clock clock;
  private final int maxAttempts;
  private final HostHealth health;
  private final Duration maxWait;
  private final HostGates gates;

  Retrier(
      Transport transport, Backoff backoff, Sleeper sleeper, Clock clock, OsfHttpConfig config) {
    this.transport = transport;
    this.backoff = backoff;
    this.sleeper = sleeper;
    this.clock = clock;
    this.maxAttempts = config.maxAttempts();
    this.health = new HostHealth(clock);
    this.maxWait = config.maxWait();
    this.gates = transport.gates();
  }

  <T> T run(Step step, Source source, Handler<T> handler) throws IOException {
    int throttled = 0;
    for (int attempt = 1; ; ) {
      Outcome<T> outcome = attempt(step, source, handler, throttled);
      if (outcome instanceof Done<T> done) {
        return done.value();
      }
      if (outcome instanceof Fail<T> fail) {
        throw fail.error();
      }
      if (outcome instanceof Throttled<T> t) {
        // The server did not process the request: its pause, not an attempt, is what it costs.
        if (++throttled >= MAX_THROTTLED) {
          throw exhausted(step, throttled, false, t.failure());
        }
        continue;
      }
      Retry<T> retry = (Retry<T>) outcome;
      Duration after = retry.after();
      Duration wait = after != null ? after : backoff.delay(attempt);
      if (attempt >= maxAttempts) {
        throw exhausted(step, attempt, retry.maintenance(), retry.failure());
      }
      if (wait.compareTo(maxWait) > 0) {
        throw unavailableFor(step, wait);
      }
      if (!wait.isZero()) {
        sleeper.sleep(wait);
      }
      attempt++;
    }
  }

  /**
   * Runs a write whose outcome may stay unknown up to {@link #ROUNDS} times: after each round that
   * failed with a {@link ServerException}, {@code look} checks whether the write took effect after
   * all (its result) or not (null: the write is sent again).
   */
  static <T> T rounds(Round<T> round, Look<T> look) throws IOException {
    for (int n = 1; ; n++) {
      try {
        return round.run(n);
      } catch (ServerException e) {
        if (n >= ROUNDS) {
          throw e;
        }
        T found = look.after(e);
        if (found != null) {
          return found;
        }
      }
    }
  }

  private <T> Outcome<T> attempt(Step step, Source source, Handler<T> handler, int throttled)
      throws IOException {
    Req req = source.next();
    health.check(req.uri());
    Reply reply;
    try {
      reply = transport.exchange(req);
    } catch (IOException e) {
      health.failed(req.uri(), e);
      return RetryClassifier.ofFailure(step, e, false);
    }
    health.answered(req.uri());
    try (reply) {
      if (reply.status() != 429) {
        gates.answered(reply.uri());
      }
      Outcome<T> outcome = RetryClassifier.ofReply(step, reply, clock, handler);
      if (outcome instanceof Throttled<T> t) {
        Duration pause = t.pause();
        gates.throttled(reply.uri(), pause != null ? pause : backoff.delay(throttled + 1));
      }
      return outcome;
    }
  }

  /** A 503 whose Retry-After is longer than the run waits: stop, as for a long 429. */
  private ServerBusyException unavailableFor(Step step, Duration wait) {
    java.time.Instant at = clock.instant().plus(wait);
    return new ServerBusyException(
        step.what()
            + ": the server is unavailable (HTTP 503) and asks to wait "
            + HostGates.describe(wait)
            + ", longer than the "
            + HostGates.describe(maxWait)
            + " this run waits; the run stopped and what finished is saved. Try again after "
            + HostGates.WHEN.format(at)
            + " (or allow a longer wait with --max-wait)",
        at);
  }

  private ServerException exhausted(
      Step step, int attempts, boolean maintenance, IOException last) {
    String message =
        maintenance
            ? "OSF is down for maintenance (see https://status.cos.io); gave up "
                + step.what()
                + " after "
                + attempts
                + " attempts, try again later"
            : step.what() + " failed after " + attempts + " attempts: " + describe(last);
    return new ServerException(message, last);
  }

  static String describe(@Nullable Throwable e) {
    if (e == null) {
      return "unknown error";
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
