package io.github.osf4j.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.osf4j.core.AuthenticationException;
import io.github.osf4j.core.IncompleteListingException;
import io.github.osf4j.core.NameTakenException;
import io.github.osf4j.core.PermissionDeniedException;
import io.github.osf4j.core.ProjectNotFoundException;
import io.github.osf4j.core.QuotaExceededException;
import io.github.osf4j.core.ServerBusyException;
import io.github.osf4j.core.ServerException;
import io.github.osf4j.http.RetryClassifier.Done;
import io.github.osf4j.http.RetryClassifier.Fail;
import io.github.osf4j.http.RetryClassifier.Outcome;
import io.github.osf4j.http.RetryClassifier.Retry;
import io.github.osf4j.http.RetryClassifier.Throttled;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each status and each failure of one attempt becomes one outcome: done, fail, retry, throttled.
 */
final class RetryClassifierTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
  private static final Step READ = Step.read("list project abc12", "abc12");
  private static final Step SAFE_WRITE = Step.write("update 'a' in project abc12", "abc12", true);
  private static final Step WRITE = Step.write("upload 'a' to project abc12", "abc12", false);
  private static final String MAINTENANCE = "{\"meta\":{\"maintenance_mode\":true}}";

  @Test
  void successIsDoneWithTheHandlersValue() {
    assertThat(ofReply(WRITE, 201, Map.of(), "")).isEqualTo(new Done<>("handled 201"));
    assertThat(ofReply(READ, 200, Map.of(), "")).isEqualTo(new Done<>("handled 200"));
  }

  @Test
  void tooManyRequestsThrottlesForRetryAfterWhateverTheStep() {
    for (Step step : List.of(READ, SAFE_WRITE, WRITE)) {
      Outcome<String> outcome = ofReply(step, 429, Map.of("Retry-After", "7"), "");
      assertThat(outcome).isInstanceOf(Throttled.class);
      Throttled<String> t = (Throttled<String>) outcome;
      assertThat(t.pause()).isEqualTo(Duration.ofSeconds(7));
      assertThat(t.failure()).hasMessageContaining("HTTP 429");
    }
  }

  @Test
  void tooManyRequestsWithoutRetryAfterLeavesThePauseToTheBackoff() {
    Outcome<String> outcome = ofReply(READ, 429, Map.of(), "");
    assertThat(((Throttled<String>) outcome).pause()).isNull();
  }

  @Test
  void maintenanceIsRetriedAfterRetryAfterEvenForAWrite() {
    for (Step step : List.of(READ, WRITE)) {
      Outcome<String> outcome = ofReply(step, 503, Map.of("Retry-After", "30"), MAINTENANCE);
      assertThat(outcome)
          .isEqualTo(
              new Retry<String>(((Retry<String>) outcome).failure(), Duration.ofSeconds(30), true));
      assertThat(((Retry<String>) outcome).failure()).hasMessageContaining("HTTP 503");
    }
  }

  @Test
  void otherUnavailableIsRetriedForARepeatableStepOnly() {
    Retry<String> retry = (Retry<String>) ofReply(READ, 503, Map.of(), "{}");
    assertThat(retry.after()).isNull();
    assertThat(retry.maintenance()).isFalse();
    assertThat(failure(ofReply(WRITE, 503, Map.of(), "{}")))
        .isExactlyInstanceOf(ServerException.class)
        .hasMessageContaining("HTTP 503")
        .hasMessageContaining("outcome unknown");
  }

  @Test
  void serverErrorsAreRetriedForARepeatableStepAndUnknownForAWrite() {
    for (int status : new int[] {500, 502, 504}) {
      Retry<String> retry = (Retry<String>) ofReply(SAFE_WRITE, status, Map.of(), "{}");
      assertThat(retry.after()).isNull();
      assertThat(retry.failure()).isInstanceOf(ServerException.class);
      assertThat(failure(ofReply(WRITE, status, Map.of(), "{}")))
          .hasMessageContaining("HTTP " + status)
          .hasMessageContaining("outcome unknown");
    }
  }

  @Test
  void quotaAndClientErrorsGoToTheHandler() {
    for (int status : new int[] {400, 401, 403, 404, 409, 507}) {
      assertThat(ofReply(READ, status, Map.of(), "")).isEqualTo(new Done<>("handled " + status));
    }
  }

  @Test
  void whatTheHandlerThrowsIsClassifiedAsAnAnsweredFailure() {
    Retrier.Handler<String> refuses =
        reply -> {
          throw new AuthenticationException("token refused");
        };
    Outcome<String> outcome =
        RetryClassifier.ofReply(READ, reply(401, Map.of(), ""), CLOCK, refuses);
    assertThat(failure(outcome)).hasMessage("token refused");
    Retrier.Handler<String> truncated =
        reply -> {
          throw new IOException("connection reset");
        };
    assertThat(RetryClassifier.ofReply(READ, reply(200, Map.of(), ""), CLOCK, truncated))
        .isInstanceOf(Retry.class);
    assertThat(failure(RetryClassifier.ofReply(WRITE, reply(200, Map.of(), ""), CLOCK, truncated)))
        .hasMessageContaining("may or may not have taken effect");
  }

  @Test
  void finalFailuresFailAsTheyAre() {
    List<IOException> finals =
        List.of(
            new AuthenticationException("a"),
            new PermissionDeniedException("b"),
            new ProjectNotFoundException("c"),
            new QuotaExceededException("d"),
            new NameTakenException("e", null),
            new IncompleteListingException("f"),
            new ServerException("g"),
            new ServerBusyException("h", Instant.EPOCH),
            new HttpStatusException(404, "i"),
            new IntegrityException("j"),
            new LocalWriteException("k", new IOException("disk full")),
            new InterruptedIOException("l"));
    for (IOException e : finals) {
      for (boolean answered : new boolean[] {false, true}) {
        assertThat(RetryClassifier.<String>ofFailure(READ, e, answered))
            .isEqualTo(new Fail<String>(e));
      }
    }
  }

  @Test
  void ioFailuresAreRetriedForARepeatableStep() {
    for (IOException e :
        List.of(
            new IOException("reset"),
            new ConnectException("refused"),
            new HttpTimeoutException("slow"))) {
      assertThat(RetryClassifier.<String>ofFailure(READ, e, false))
          .isEqualTo(new Retry<String>(e, null, false));
      assertThat(RetryClassifier.<String>ofFailure(SAFE_WRITE, e, true))
          .isEqualTo(new Retry<String>(e, null, false));
    }
  }

  @Test
  void aWriteIsRepeatedOnlyWhenNoConnectionWasMade() {
    ConnectException refused = new ConnectException("refused");
    assertThat(RetryClassifier.<String>ofFailure(WRITE, refused, false))
        .isEqualTo(new Retry<String>(refused, null, false));
    assertThat(failure(RetryClassifier.ofFailure(WRITE, refused, true)))
        .isExactlyInstanceOf(ServerException.class)
        .hasMessageContaining("may or may not have taken effect")
        .hasCause(refused);
    assertThat(failure(RetryClassifier.ofFailure(WRITE, new IOException("reset"), false)))
        .hasMessageContaining("may or may not have taken effect: reset");
  }

  @Test
  void aTimeoutIsRetriedBeforeAnAnswerAndFinalWhileReadingOne() {
    SocketTimeoutException timeout = new SocketTimeoutException("read timed out");
    assertThat(RetryClassifier.<String>ofFailure(READ, timeout, false))
        .isEqualTo(new Retry<String>(timeout, null, false));
    assertThat(RetryClassifier.<String>ofFailure(READ, timeout, true))
        .isEqualTo(new Fail<String>(timeout));
  }

  private static Outcome<String> ofReply(
      Step step, int status, Map<String, String> headers, String body) {
    return RetryClassifier.ofReply(
        step, reply(status, headers, body), CLOCK, reply -> "handled " + reply.status());
  }

  private static IOException failure(Outcome<String> outcome) {
    assertThat(outcome).isInstanceOf(Fail.class);
    return ((Fail<String>) outcome).error();
  }

  private static Reply reply(int status, Map<String, String> headers, String body) {
    Map<String, List<String>> multi = new java.util.HashMap<>();
    headers.forEach((k, v) -> multi.put(k, List.of(v)));
    return new Reply(
        status,
        HttpHeaders.of(multi, (a, b) -> true),
        new ByteArrayInputStream(body.getBytes(UTF_8)),
        URI.create("https://api.osf.io/v2/x/"),
        () -> {});
  }
}
