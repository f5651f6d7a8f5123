package io.github.osf4j.http;

import io.github.osf4j.core.ServerBusyException;
import io.github.osf4j.core.SyncEvent;
import io.github.osf4j.core.SyncListener;
import java.io.InterruptedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The server's side of pacing, one gate per host: a 429 pauses every request to that host until its
 * {@code Retry-After} and halves the host's concurrency; it grows back by one per success once the
 * host has been calm for a minute. A pause longer than the configured wait ends the run with a
 * {@link ServerBusyException}. Thread-safe.
 */
final class HostGates {
  /** How long a host must answer without 429 before its concurrency grows back. */
  static final Duration CALM = Duration.ofMinutes(1);

  static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private final ConcurrentMap<String, Gate> gates = new ConcurrentHashMap<>();
  private final int concurrency;
  private final Duration maxWait;
  private final Clock clock;
  private final Sleeper sleeper;
  private final SyncListener listener;

  HostGates(
      int concurrency, Duration maxWait, Clock clock, Sleeper sleeper, SyncListener listener) {
    this.concurrency = concurrency;
    this.maxWait = maxWait;
    this.clock = clock;
    this.sleeper = sleeper;
    this.listener = listener;
  }

  /**
   * Waits until {@code uri}'s host takes requests and has a free slot, and takes the slot; the
   * caller gives it back with {@link #leave}.
   *
   * @throws ServerBusyException when the host's pause lasts longer than the configured wait
   */
  void enter(URI uri) throws InterruptedIOException, ServerBusyException {
    gate(uri).enter();
  }

  /** Gives back the slot {@link #enter} took. */
  void leave(URI uri) {
    gate(uri).leave();
  }

  /**
   * The host answered 429: pauses it for {@code wait} and lowers its concurrency.
   *
   * @throws ServerBusyException when {@code wait} is longer than the configured wait
   */
  void throttled(URI uri, Duration wait) throws ServerBusyException {
    gate(uri).throttled(wait);
  }

  /** The host answered something other than 429. */
  void answered(URI uri) {
    gate(uri).answered();
  }

  /** The concurrency {@code uri}'s host is allowed now (for tests). */
  int limit(URI uri) {
    return gate(uri).limit();
  }

  private Gate gate(URI uri) {
    String host = host(uri);
    return gates.computeIfAbsent(host, Gate::new);
  }

  static String host(URI uri) {
    String host = String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT);
    return uri.getPort() < 0 ? host : host + ":" + uri.getPort();
  }

  /** One host's pause and concurrency. */
  private final class Gate {
    private final String host;
    private Instant pausedUntil = Instant.MIN;
    private Instant calmAt = Instant.MIN;
    private int limit = concurrency;
    private int inFlight;

    Gate(String host) {
      this.host = host;
    }

    void enter() throws InterruptedIOException, ServerBusyException {
      Instant waitedFor = Instant.MIN;
      while (true) {
        Instant until;
        Duration left;
        synchronized (this) {
          until = pausedUntil;
          Instant now = clock.instant();
          left = now.isBefore(until) ? Duration.between(now, until) : Duration.ZERO;
          if (left.compareTo(maxWait) > 0) {
            throw busy(left);
          }
        }
        // A pause already waited out is over, whatever the clock says (a test's sleeper).
        if (left.isZero() || until.equals(waitedFor)) {
          if (takeSlot(until)) {
            return;
          }
        } else {
          sleeper.sleep(left);
          waitedFor = until;
        }
      }
    }

    /**
     * Takes a slot when one is free, else waits for one; false when a new pause began meanwhile.
     */
    private synchronized boolean takeSlot(Instant knownPause) throws InterruptedIOException {
      while (inFlight >= limit) {
        try {
          wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("interrupted while waiting for " + host);
        }
        if (!pausedUntil.equals(knownPause) && clock.instant().isBefore(pausedUntil)) {
          return false;
        }
      }
      inFlight++;
      return true;
    }

    synchronized void leave() {
      inFlight--;
      notifyAll();
    }

    void throttled(Duration wait) throws ServerBusyException {
      synchronized (this) {
        Instant now = clock.instant();
        Instant until = now.plus(wait);
        limit = Math.max(1, limit / 2);
        calmAt = until.plus(CALM);
        boolean news = !now.isBefore(pausedUntil) || until.isAfter(pausedUntil.plusSeconds(1));
        if (until.isAfter(pausedUntil)) {
          pausedUntil = until;
          notifyAll();
        }
        if (wait.compareTo(maxWait) > 0) {
          throw busy(wait);
        }
        if (!news || wait.isZero()) {
          return;
        }
      }
      listener.onEvent(new SyncEvent.ServerWait(host, wait));
    }

    synchronized void answered() {
      if (limit < concurrency && !clock.instant().isBefore(calmAt)) {
        limit++;
        notifyAll();
      }
    }

    synchronized int limit() {
      return limit;
    }

    private ServerBusyException busy(Duration wait) {
      Instant at = clock.instant().plus(wait);
      return new ServerBusyException(
          host
              + " is busy and asks to wait "
              + describe(wait)
              + " (HTTP 429 Too Many Requests), longer than the "
              + describe(maxWait)
              + " this run waits; the run stopped and what finished is saved. Try again after "
              + WHEN.format(at)
              + " (or allow a longer wait with --max-wait)",
          at);
    }
  }

  /** {@code 45 s}, {@code 12 min}, {@code 3 h 5 min}. */
  static String describe(Duration d) {
    long s = (d.toMillis() + 999) / 1000;
    if (s < 120) {
      return s + " s";
    }
    long minutes = (s + 59) / 60;
    if (minutes < 120) {
      return minutes + " min";
    }
    return minutes / 60 + " h " + minutes % 60 + " min";
  }
}
