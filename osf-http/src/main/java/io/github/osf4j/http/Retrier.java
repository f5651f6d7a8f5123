package io.github.osf4j.http;

import io.github.osf4j.core.AuthenticationException;
import io.github.osf4j.core.IncompleteListingException;
import io.github.osf4j.core.NameTakenException;
import io.github.osf4j.core.PermissionDeniedException;
import io.github.osf4j.core.ProjectNotFoundException;
import io.github.osf4j.core.QuotaExceededException;
import io.github.osf4j.core.ServerBusyException;
import io.github.osf4j.core.ServerException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Runs a request step with retries: 429 pauses the host for {@code Retry-After} (see {@link
 * HostGates}) and is retried without counting as a failed attempt; maintenance 503 and other 5xx
 * and I/O failures back off exponentially with jitter. Steps that are not idempotent are repeated
 * only when the request cannot have been processed. A host that refuses connections several times
 * in a row ({@link HostHealth}) fails every request at once. Thread-safe.
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
    IOException last = null;
    boolean maintenance = false;
    int throttled = 0;
    for (int attempt = 1; ; attempt++) {
      Duration wait;
      try {
        return attempt(step, source, handler, throttled);
      } catch (Retry retry) {
        last = retry.failure;
        maintenance = retry.maintenance;
        wait = retry.wait != null ? retry.wait : backoff.delay(attempt);
        if (retry.throttled) {
          // The server did not process the request: its pause, not an attempt, is what it costs.
          attempt--;
          if (++throttled >= MAX_THROTTLED) {
            throw exhausted(step, throttled, false, last);
          }
        }
      }
      if (attempt >= maxAttempts) {
        throw exhausted(step, attempt, maintenance, last);
      }
      if (wait.compareTo(maxWait) > 0) {
        throw unavailableFor(step, wait);
      }
      if (!wait.isZero()) {
        sleeper.sleep(wait);
      }
    }
  }

  private <T> T attempt(Step step, Source source, Handler<T> handler, int throttled)
      throws IOException {
    Reply reply;
    Req req = source.next();
    health.check(req.uri());
    try {
      reply = transport.exchange(req);
    } catch (IOException e) {
      health.failed(req.uri(), e);
      rethrowIfFinal(e);
      if (!step.idempotent() && !(e instanceof ConnectException)) {
        throw unknownOutcome(step, e);
      }
      throw new Retry(e, null, false);
    }
    health.answered(req.uri());
    try (reply) {
      checkRetryStatus(step, reply, throttled);
      return handler.handle(reply);
    } catch (Retry | InterruptedIOException e) {
      throw e;
    } catch (IOException e) {
      rethrowIfFinal(e);
      if (!step.idempotent()) {
        throw unknownOutcome(step, e);
      }
      throw new Retry(e, null, false);
    }
  }

  private void checkRetryStatus(Step step, Reply reply, int throttled) throws IOException {
    int status = reply.status();
    if (status == 429) {
      Duration after = Backoff.retryAfter(reply.header("Retry-After"), clock);
      gates.throttled(reply.uri(), after != null ? after : backoff.delay(throttled + 1));
      throw new Retry(
          new ServerException(step.what() + ": too many requests (HTTP 429)"),
          Duration.ZERO,
          false,
          true);
    }
    gates.answered(reply.uri());
    if (status == 503) {
      byte[] body = reply.bytes();
      boolean down = Failures.isMaintenance(parseOrNull(body));
      Duration after = Backoff.retryAfter(reply.header("Retry-After"), clock);
      if (down || step.idempotent()) {
        throw new Retry(
            new ServerException(step.what() + ": service unavailable (HTTP 503)"), after, down);
      }
      throw new ServerException(step.what() + ": service unavailable (HTTP 503); outcome unknown");
    }
    if (status >= 500 && status != 507) {
      IOException failure = Failures.of(reply, step.what(), step.projectId(), false);
      if (!step.idempotent()) {
        throw new ServerException(failure.getMessage() + "; outcome unknown", failure);
      }
      throw new Retry(failure, null, false);
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

  private static void rethrowIfFinal(IOException e) throws IOException {
    if (e instanceof AuthenticationException
        || e instanceof PermissionDeniedException
        || e instanceof ProjectNotFoundException
        || e instanceof QuotaExceededException
        || e instanceof NameTakenException
        || e instanceof IncompleteListingException
        || e instanceof ServerException
        || e instanceof HttpStatusException
        || e instanceof IntegrityException
        || e instanceof LocalWriteException
        || e.getClass() == InterruptedIOException.class) {
      throw e;
    }
  }

  private static ServerException unknownOutcome(Step step, IOException e) {
    return new ServerException(
        step.what() + " failed and may or may not have taken effect: " + describe(e), e);
  }

  private ServerException exhausted(
      Step step, int attempts, boolean maintenance, @Nullable IOException last) {
    String message =
        maintenance
            ? "OSF is down for maintenance (see https://status.cos.io); gave up "
                + step.what()
                + " after "
                + attempts
                + " attempts, try again later"
            : step.what() + " failed after " + attempts + " attempts: " + describe(last);
    ServerException e = new ServerException(message);
    if (last != null) {
      e.initCause(last);
    }
    return e;
  }

  static String describe(@Nullable Throwable e) {
    if (e == null) {
      return "unknown error";
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  private static com.fasterxml.jackson.databind.@Nullable JsonNode parseOrNull(byte[] body) {
    try {
      return Json.parse(body);
    } catch (IOException e) {
      return null;
    }
  }

  /** An attempt failed in a way that may be retried. */
  private static final class Retry extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient @Nullable IOException failure;
    private final transient @Nullable Duration wait;
    private final boolean maintenance;
    private final boolean throttled;

    Retry(@Nullable IOException failure, @Nullable Duration wait, boolean maintenance) {
      this(failure, wait, maintenance, false);
    }

    Retry(
        @Nullable IOException failure,
        @Nullable Duration wait,
        boolean maintenance,
        boolean throttled) {
      super(describe(failure), failure);
      this.failure = failure;
      this.wait = wait;
      this.maintenance = maintenance;
      this.throttled = throttled;
    }
  }
}
