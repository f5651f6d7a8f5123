package io.github.osf4j.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Every request the server answered (or cut off), in arrival order; thread-safe. */
public final class RequestLog {

  /**
   * One request: method, path (raw, without the query), raw query ("" if none), the status sent (0
   * when the connection was reset before a status line) and the request headers (lower-case names).
   * {@link #toString()} leaves the headers out, because they may carry credentials. {@code port} is
   * the local port the request arrived on: the API's (shared by the default region's WaterButler)
   * or another region's (see {@link FakeOsfServer#port(String)}).
   */
  public record Entry(
      String method, String path, String query, int status, Map<String, String> headers, int port) {

    /** An entry whose port is not known (0). */
    public Entry(
        String method, String path, String query, int status, Map<String, String> headers) {
      this(method, path, query, status, headers, 0);
    }

    /** Returns a request header by name (case-insensitive), or null. */
    public @Nullable String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
      return method + " " + path + (query.isEmpty() ? "" : "?" + query) + " -> " + status;
    }
  }

  /** The log keeps at most this many entries (the oldest are dropped), for long runs. */
  static final int CAPACITY = 100_000;

  private final List<Entry> entries = new ArrayList<>();

  synchronized void add(Entry e) {
    if (entries.size() >= CAPACITY) {
      entries.subList(0, CAPACITY / 10).clear();
    }
    entries.add(e);
  }

  /** Returns a copy of all entries so far. */
  public synchronized List<Entry> entries() {
    return List.copyOf(entries);
  }

  /** Forgets all entries. */
  public synchronized void clear() {
    entries.clear();
  }

  /** Returns how many requests were logged. */
  public synchronized int count() {
    return entries.size();
  }

  /** Returns how many requests had this method and a path matching the regex in full. */
  public int count(String method, String pathRegex) {
    Pattern p = Pattern.compile(pathRegex);
    return count(e -> e.method().equalsIgnoreCase(method) && p.matcher(e.path()).matches());
  }

  /** Returns how many requests arrived on this local port (a region's files host). */
  public int countOnPort(int port) {
    return count(e -> e.port() == port);
  }

  /** Returns how many requests were answered with this status. */
  public int countStatus(int status) {
    return count(e -> e.status() == status);
  }

  /** Returns how many entries satisfy the predicate. */
  public synchronized int count(Predicate<Entry> predicate) {
    int n = 0;
    for (Entry e : entries) {
      if (predicate.test(e)) {
        n++;
      }
    }
    return n;
  }

  /** Returns the last entry, or null when nothing was logged. */
  public synchronized @Nullable Entry last() {
    return entries.isEmpty() ? null : entries.get(entries.size() - 1);
  }
}
