package io.github.osf4j.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The servers' own request limits, both off unless set (REFERENCE.md §3.7, §5): API v2's limit per
 * user and day (DRF's sliding-window throttle, 10,000 on osf.io), and WaterButler's limiter (Redis
 * fixed windows per token, off on osf.io by default, 3,600 an hour when on). Over the limit, 429
 * with {@code Retry-After} and, from WaterButler, its {@code X-Waterbutler-RateLimiting-*} headers.
 * Thread-safe.
 */
final class RateLimits {
  private final Clock clock;
  private final int apiLimit;
  private final Duration apiWindow;
  private final int wbLimit;
  private final Duration wbWindow;
  private final Map<String, Deque<Instant>> apiHistory = new HashMap<>();
  private final Map<String, WbWindow> wbWindows = new HashMap<>();

  RateLimits(Clock clock, int apiLimit, Duration apiWindow, int wbLimit, Duration wbWindow) {
    this.clock = clock;
    this.apiLimit = apiLimit;
    this.apiWindow = apiWindow;
    this.wbLimit = wbLimit;
    this.wbWindow = wbWindow;
  }

  /** The 429 for {@code r} when it is over a limit; null when it may go on. */
  @Nullable HttpResponse check(HttpRequest r, String base) {
    String who = key(r);
    if (apiLimit > 0 && r.path.startsWith("/v2")) {
      return api(who, base);
    }
    if (wbLimit > 0 && r.path.startsWith("/v1/resources/")) {
      return wb(who);
    }
    return null;
  }

  private synchronized @Nullable HttpResponse api(String who, String base) {
    Instant now = clock.instant();
    Deque<Instant> history = apiHistory.computeIfAbsent(who, k -> new ArrayDeque<>());
    while (!history.isEmpty() && !history.peekFirst().isAfter(now.minus(apiWindow))) {
      history.pollFirst();
    }
    if (history.size() < apiLimit) {
      history.addLast(now);
      return null;
    }
    long wait = seconds(Duration.between(now, history.peekFirst().plus(apiWindow)));
    String unit = wait == 1 ? " second." : " seconds.";
    return Responses.apiError(
            429, "Request was throttled. Expected available in " + wait + unit, new ApiCtx(base, 0))
        .header("Retry-After", String.valueOf(wait));
  }

  private synchronized @Nullable HttpResponse wb(String who) {
    Instant now = clock.instant();
    WbWindow w = wbWindows.get(who);
    if (w == null || !now.isBefore(w.end)) {
      w = new WbWindow(now.plus(wbWindow));
      wbWindows.put(who, w);
    }
    w.count++;
    if (w.count <= wbLimit) {
      return null;
    }
    long reset = seconds(Duration.between(now, w.end));
    Map<String, String> headers = new java.util.LinkedHashMap<>();
    headers.put("Retry-After", String.valueOf(reset));
    headers.put("X-Waterbutler-RateLimiting-Window", String.valueOf(wbWindow.toSeconds()));
    headers.put("X-Waterbutler-RateLimiting-Limit", String.valueOf(wbLimit));
    headers.put("X-Waterbutler-RateLimiting-Remaining", "0");
    headers.put("X-Waterbutler-RateLimiting-Reset", String.valueOf(reset));
    ObjectNode body = WbJson.MAPPER.createObjectNode();
    body.put("error", "API rate-limiting active due to too many requests");
    ObjectNode h = body.putObject("headers");
    headers.forEach(h::put);
    HttpResponse response = HttpResponse.json(429, Responses.WB_TYPE, WbJson.bytes(body));
    headers.forEach(response::header);
    return response;
  }

  /** Whole seconds, rounded up, at least 1. */
  private static long seconds(Duration d) {
    return Math.max(1, (d.toMillis() + 999) / 1000);
  }

  /** Per token (or per credential, or anonymous), as both limiters key them. */
  private static String key(HttpRequest r) {
    String auth = r.headers.get("authorization");
    return auth == null ? "anonymous" : auth;
  }

  /** One key's fixed window. */
  private static final class WbWindow {
    final Instant end;
    int count;

    WbWindow(Instant end) {
      this.end = end;
    }
  }
}
