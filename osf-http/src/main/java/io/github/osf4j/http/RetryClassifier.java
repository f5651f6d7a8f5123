package io.github.osf4j.http;

import io.github.osf4j.core.AuthenticationException;
import io.github.osf4j.core.IncompleteListingException;
import io.github.osf4j.core.NameTakenException;
import io.github.osf4j.core.PermissionDeniedException;
import io.github.osf4j.core.ProjectNotFoundException;
import io.github.osf4j.core.QuotaExceededException;
import io.github.osf4j.core.ServerException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Decides what one attempt came to: 429 throttles the host; a maintenance 503 and, for steps that
 * may be repeated, any other 503, 5xx (but 507) or I/O failure are retried; a failure that says
 * something final (refused token, no permission, full quota, taken name, a check that failed,
 * interruption) fails at once; a step that may not be repeated fails as "outcome unknown" unless
 * the request cannot have been processed (no connection was made).
 */
final class RetryClassifier {
  /** Failures that trying again cannot fix. */
  private static final List<Class<? extends IOException>> FINAL =
      List.of(
          AuthenticationException.class,
          PermissionDeniedException.class,
          ProjectNotFoundException.class,
          QuotaExceededException.class,
          NameTakenException.class,
          IncompleteListingException.class,
          ServerException.class,
          HttpStatusException.class,
          IntegrityException.class,
          LocalWriteException.class);

  private RetryClassifier() {}

  /** What one attempt of a request step came to, as this classifier decides it. */
  sealed interface Outcome<T> permits Done, Fail, Retry, Throttled {}

  /** The step succeeded with {@code value}. */
  record Done<T>(T value) implements Outcome<T> {}

  /** The step failed with {@code error}; trying again cannot help or is not safe. */
  record Fail<T>(IOException error) implements Outcome<T> {}

  /**
   * Try again after {@code after} (the server's {@code Retry-After}), or after the next backoff
   * delay when null; this counts as an attempt.
   *
   * @param failure what went wrong, for the message when the attempts run out
   * @param maintenance whether OSF said it is down for maintenance
   */
  record Retry<T>(IOException failure, @Nullable Duration after, boolean maintenance)
      implements Outcome<T> {}

  /**
   * The server refused to take the request (HTTP 429): its host pauses for {@code pause} (the next
   * backoff delay when null) and the step tries again; this does not count as an attempt.
   */
  record Throttled<T>(IOException failure, @Nullable Duration pause) implements Outcome<T> {}

  /** The outcome of a reply: its status first, then what {@code handler} makes of it. */
  static <T> Outcome<T> ofReply(Step step, Reply reply, Clock clock, Retrier.Handler<T> handler) {
    try {
      int status = reply.status();
      if (status == 429) {
        return new Throttled<>(
            new ServerException(step.what() + ": too many requests (HTTP 429)"),
            Backoff.retryAfter(reply.header("Retry-After"), clock));
      }
      if (status == 503) {
        return unavailable(step, reply, clock);
      }
      if (status >= 500 && status != 507) {
        IOException failure = Failures.of(reply, step.what(), step.projectId(), false);
        return step.idempotent()
            ? new Retry<>(failure, null, false)
            : new Fail<>(new ServerException(failure.getMessage() + "; outcome unknown", failure));
      }
      return new Done<>(handler.handle(reply));
    } catch (IOException e) {
      return ofFailure(step, e, true);
    }
  }

  /**
   * The outcome of a failure.
   *
   * @param answered whether the server answered (the failure came while reading its reply), so that
   *     the request may have been processed even if the failure is a refused connection
   */
  static <T> Outcome<T> ofFailure(Step step, IOException e, boolean answered) {
    if (isFinal(e, answered)) {
      return new Fail<>(e);
    }
    if (step.idempotent() || (!answered && e instanceof ConnectException)) {
      return new Retry<>(e, null, false);
    }
    return new Fail<>(
        new ServerException(
            step.what() + " failed and may or may not have taken effect: " + Retrier.describe(e),
            e));
  }

  private static <T> Outcome<T> unavailable(Step step, Reply reply, Clock clock)
      throws IOException {
    boolean down = Failures.isMaintenance(parseOrNull(reply.bytes()));
    if (down || step.idempotent()) {
      return new Retry<>(
          new ServerException(step.what() + ": service unavailable (HTTP 503)"),
          Backoff.retryAfter(reply.header("Retry-After"), clock),
          down);
    }
    return new Fail<>(
        new ServerException(step.what() + ": service unavailable (HTTP 503); outcome unknown"));
  }

  /**
   * Whether {@code e} ends the step. An interruption always does; a timeout (a subclass of {@link
   * InterruptedIOException}) does once the server has answered, since the reply may be half read.
   */
  private static boolean isFinal(IOException e, boolean answered) {
    if (e instanceof InterruptedIOException) {
      return answered || e.getClass() == InterruptedIOException.class;
    }
    return FINAL.stream().anyMatch(type -> type.isInstance(e));
  }

  private static com.fasterxml.jackson.databind.@Nullable JsonNode parseOrNull(byte[] body) {
    try {
      return Json.parse(body);
    } catch (IOException e) {
      return null;
    }
  }
}
