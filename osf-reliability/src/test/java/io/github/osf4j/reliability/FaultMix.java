package io.github.osf4j.reliability;

import io.github.osf4j.testkit.FakeOsfServer;
import io.github.osf4j.testkit.Fault;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * About 5 % of requests faulty: five rules of about 1 % each (500, 429 with Retry-After 1 s, reset
 * mid-body, truncated body, the pagination bug), each firing on every n-th request with n a
 * distinct prime, so that the number fired is known exactly: floor(requests seen / n).
 */
final class FaultMix {
  private static final int N_500 = 97;
  private static final int N_429 = 101;
  private static final int N_RESET = 103;
  private static final int N_TRUNCATED = 107;
  private static final int N_PAGINATION = 89;
  private static final Map<String, Integer> EVERY =
      Map.of(
          "500", N_500,
          "429", N_429,
          "reset-mid-body", N_RESET,
          "truncated-body", N_TRUNCATED,
          "pagination", N_PAGINATION);

  private final FakeOsfServer server;
  private final Map<String, Long> fired = new LinkedHashMap<>();
  private int countAtStart;
  private long faultyRequests;
  private boolean on;

  FaultMix(FakeOsfServer server) {
    this.server = server;
  }

  void on() {
    if (on) {
      return;
    }
    server
        .faults()
        .add(Fault.status(500).everyNth(N_500))
        .add(Fault.tooManyRequests(1).everyNth(N_429))
        .add(Fault.resetMidBody().everyNth(N_RESET))
        .add(Fault.truncatedBody().everyNth(N_TRUNCATED))
        .add(Fault.paginationBug().everyNth(N_PAGINATION));
    countAtStart = server.requests().count();
    on = true;
  }

  /** Turns the rules off and adds up what they fired. */
  void off() {
    if (!on) {
      return;
    }
    server.faults().clear();
    long seen = (long) server.requests().count() - countAtStart;
    faultyRequests += seen;
    for (Map.Entry<String, Integer> e : EVERY.entrySet()) {
      fired.merge(e.getKey(), seen / e.getValue(), Long::sum);
    }
    on = false;
  }

  /** Requests answered while the rules were on. */
  long requests() {
    return faultyRequests;
  }

  long total() {
    return fired.values().stream().mapToLong(Long::longValue).sum();
  }

  Map<String, Long> byKind() {
    return fired;
  }
}
