package io.github.osf4j.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;

/** The server's active fault rules; thread-safe and changeable while requests are served. */
public final class Faults {
  private final List<Active> rules = new ArrayList<>();
  private final Random random;
  private final Clock clock;
  private boolean redirectDownloads;

  Faults(long seed, Clock clock) {
    this.random = new Random(seed);
    this.clock = clock;
  }

  /** Adds a rule; rules are evaluated in the order they were added. */
  public synchronized Faults add(Fault fault) {
    rules.add(new Active(fault));
    return this;
  }

  /** Removes every rule (the download-redirect switch is kept). */
  public synchronized Faults clear() {
    rules.clear();
    return this;
  }

  /** Returns the rules currently active, in order. */
  public synchronized List<Fault> rules() {
    List<Fault> out = new ArrayList<>();
    for (Active a : rules) {
      out.add(a.fault);
    }
    return out;
  }

  /** Makes WaterButler downloads answer 302 to a signed local URL that needs no auth. */
  public synchronized Faults redirectDownloads(boolean on) {
    this.redirectDownloads = on;
    return this;
  }

  synchronized boolean redirectDownloads() {
    return redirectDownloads;
  }

  synchronized Decision decide(String method, String path) {
    Decision d = new Decision();
    for (Active a : rules) {
      if (a.fires(method, path)) {
        d.apply(a.fault, random);
      }
    }
    return d;
  }

  private final class Active {
    final Fault fault;
    long seen;
    int left;
    final Deque<Instant> recent = new ArrayDeque<>();

    Active(Fault fault) {
      this.fault = fault;
      this.left = fault.times;
    }

    boolean fires(String method, String path) {
      if (!fault.matches(method, path)) {
        return false;
      }
      seen++;
      Duration period = fault.ratePeriod;
      if (period != null && !overRate(period)) {
        return false;
      }
      if (fault.everyNth > 0 && seen % fault.everyNth != 0) {
        return false;
      }
      if (fault.probability < 1.0 && random.nextDouble() >= fault.probability) {
        return false;
      }
      if (left == 0) {
        return false;
      }
      if (left > 0) {
        left--;
      }
      return true;
    }

    private boolean overRate(Duration period) {
      Instant now = clock.instant();
      recent.addLast(now);
      Instant horizon = now.minus(period);
      Instant oldest = recent.peekFirst();
      while (oldest != null && oldest.isBefore(horizon)) {
        recent.removeFirst();
        oldest = recent.peekFirst();
      }
      return recent.size() > fault.rateLimit;
    }
  }
}
