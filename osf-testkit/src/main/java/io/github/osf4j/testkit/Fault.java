package io.github.osf4j.testkit;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One fault rule: WHAT goes wrong (a factory method) and WHEN (the fluent conditions).
 *
 * <p>Rules are immutable; every condition method returns a new rule. Without conditions a rule
 * applies to every request. Example: {@code
 * Fault.resetMidBody().onMethod("GET").onPathContaining("/v1/resources/").times(1)}.
 */
public final class Fault {

  /** What a rule does to a request. */
  public enum Kind {
    /** Waits a fixed time before answering. */
    LATENCY,
    /** Waits a random time between two bounds before answering. */
    RANDOM_LATENCY,
    /** Answers with a given status (5xx usually) and an OSF-like error body. */
    STATUS,
    /** Answers 429 with Retry-After. */
    THROTTLE,
    /** Answers 503 with OSF's maintenance body. */
    MAINTENANCE,
    /** Resets the connection (TCP RST) before any response byte. */
    RESET_BEFORE_BODY,
    /** Sends the headers and half of the body, then resets the connection. */
    RESET_MID_BODY,
    /** Sends the headers and half of the body, then closes the connection normally. */
    TRUNCATED_BODY,
    /**
     * Sends the whole body with the byte in its middle flipped (a faulty path, not a short one).
     */
    CORRUPT_BODY,
    /** Sends the body at a limited rate. */
    SLOW_BODY,
    /** Shifts v2 pages so that items are duplicated and missing across pages (osf.io#11266). */
    PAGINATION_BUG,
    /** Makes every v2 page's next link point back to the first page (a hostile server). */
    LOOPING_NEXT
  }

  final Kind kind;
  final long first;
  final long second;
  final int everyNth;
  final double probability;
  final int times;
  final @Nullable String method;
  final @Nullable Pattern path;
  final int rateLimit;
  final @Nullable Duration ratePeriod;

  private Fault(
      Kind kind,
      long first,
      long second,
      int everyNth,
      double probability,
      int times,
      @Nullable String method,
      @Nullable Pattern path,
      int rateLimit,
      @Nullable Duration ratePeriod) {
    this.kind = kind;
    this.first = first;
    this.second = second;
    this.everyNth = everyNth;
    this.probability = probability;
    this.times = times;
    this.method = method;
    this.path = path;
    this.rateLimit = rateLimit;
    this.ratePeriod = ratePeriod;
  }

  private static Fault of(Kind kind, long first, long second) {
    return new Fault(kind, first, second, 0, 1.0, -1, null, null, 0, null);
  }

  /** Delays every matching response by a fixed time. */
  public static Fault latency(Duration delay) {
    return of(Kind.LATENCY, delay.toMillis(), 0);
  }

  /** Delays every matching response by a random time in [min, max] drawn from the seed. */
  public static Fault randomLatency(Duration min, Duration max) {
    if (max.compareTo(min) < 0) {
      throw new IllegalArgumentException("max < min");
    }
    return of(Kind.RANDOM_LATENCY, min.toMillis(), max.toMillis());
  }

  /** Answers with this HTTP status (e.g. 500, 502, 503) and an error body in OSF's shape. */
  public static Fault status(int status) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be 4xx or 5xx: " + status);
    }
    return of(Kind.STATUS, status, 0);
  }

  /** Answers 429 Too Many Requests with a Retry-After of the given seconds. */
  public static Fault tooManyRequests(int retryAfterSeconds) {
    return of(Kind.THROTTLE, retryAfterSeconds, 0);
  }

  /** Answers 503 with OSF's maintenance-mode body. */
  public static Fault maintenance() {
    return of(Kind.MAINTENANCE, 503, 0);
  }

  /** Answers 503 with OSF's maintenance-mode body and a Retry-After of the given seconds. */
  public static Fault maintenance(int retryAfterSeconds) {
    return of(Kind.MAINTENANCE, 503, retryAfterSeconds);
  }

  /** Resets the TCP connection before sending any byte of the response. */
  public static Fault resetBeforeBody() {
    return of(Kind.RESET_BEFORE_BODY, 0, 0);
  }

  /** Sends the status line, the headers and half of the body, then resets the connection. */
  public static Fault resetMidBody() {
    return of(Kind.RESET_MID_BODY, 0, 0);
  }

  /** Announces the full Content-Length, sends half of the body and closes the connection. */
  public static Fault truncatedBody() {
    return of(Kind.TRUNCATED_BODY, 0, 0);
  }

  /** Sends the full body with its middle byte flipped: the size is right, the hash is not. */
  public static Fault corruptBody() {
    return of(Kind.CORRUPT_BODY, 0, 0);
  }

  /** Sends the response body at no more than this many bytes per second. */
  public static Fault slowBody(long bytesPerSecond) {
    if (bytesPerSecond <= 0) {
      throw new IllegalArgumentException("bytesPerSecond must be positive");
    }
    return of(Kind.SLOW_BODY, bytesPerSecond, 0);
  }

  /** Turns on OSF's pagination bug: page N>1 starts one item early, so items repeat and vanish. */
  public static Fault paginationBug() {
    return of(Kind.PAGINATION_BUG, 0, 0);
  }

  /** Points every v2 page's {@code next} link back to the first page, so a list never ends. */
  public static Fault loopingNext() {
    return of(Kind.LOOPING_NEXT, 0, 0);
  }

  /** Applies only to every n-th matching request (the n-th, 2n-th, ...). */
  public Fault everyNth(int n) {
    if (n <= 0) {
      throw new IllegalArgumentException("n must be positive");
    }
    return new Fault(
        kind, first, second, n, probability, times, method, path, rateLimit, ratePeriod);
  }

  /** Applies to a matching request with this probability, drawn from the server's seed. */
  public Fault probability(double p) {
    if (p < 0 || p > 1) {
      throw new IllegalArgumentException("probability must be in [0, 1]");
    }
    return new Fault(kind, first, second, everyNth, p, times, method, path, rateLimit, ratePeriod);
  }

  /** Applies to the next k matching requests only, then never again. */
  public Fault times(int k) {
    if (k < 0) {
      throw new IllegalArgumentException("k must be >= 0");
    }
    return new Fault(
        kind, first, second, everyNth, probability, k, method, path, rateLimit, ratePeriod);
  }

  /** Applies only while more than {@code max} matching requests arrived within {@code period}. */
  public Fault aboveRate(int max, Duration period) {
    return new Fault(kind, first, second, everyNth, probability, times, method, path, max, period);
  }

  /** Applies only to requests with this method (case-insensitive). */
  public Fault onMethod(String httpMethod) {
    return new Fault(
        kind,
        first,
        second,
        everyNth,
        probability,
        times,
        httpMethod.toUpperCase(Locale.ROOT),
        path,
        rateLimit,
        ratePeriod);
  }

  /** Applies only to requests whose path (without the query) matches this regex in full. */
  public Fault onPath(String regex) {
    return new Fault(
        kind,
        first,
        second,
        everyNth,
        probability,
        times,
        method,
        Pattern.compile(regex),
        rateLimit,
        ratePeriod);
  }

  /** Applies only to requests whose path contains this text. */
  public Fault onPathContaining(String text) {
    return onPath(".*" + Pattern.quote(text) + ".*");
  }

  /** What this rule does. */
  public Kind kind() {
    return kind;
  }

  boolean matches(String requestMethod, String requestPath) {
    return (method == null || method.equals(requestMethod))
        && (path == null || path.matcher(requestPath).matches());
  }

  @Override
  public String toString() {
    return "Fault["
        + kind
        + (method != null ? " " + method : "")
        + (path != null ? " " + path : "")
        + "]";
  }
}
