package io.github.osf4j.core;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * An immutable picture of one side (or of the base): its entries by path, and the paths that side
 * could not read with the reason (R13: such paths are skipped, never taken for deletions).
 */
public record Snapshot(NavigableMap<RelPath, Entry> entries, Map<RelPath, String> problems) {

  private static final Snapshot EMPTY = new Snapshot(new TreeMap<>(), Map.of());

  public Snapshot {
    for (Map.Entry<RelPath, Entry> e : entries.entrySet()) {
      if (!e.getKey().equals(e.getValue().path())) {
        throw new IllegalArgumentException("key " + e.getKey() + " holds " + e.getValue().path());
      }
    }
    entries = Collections.unmodifiableNavigableMap(new TreeMap<>(entries));
    problems = Collections.unmodifiableNavigableMap(new TreeMap<>(problems));
  }

  public static Snapshot empty() {
    return EMPTY;
  }

  /** A snapshot of these entries and no problems; a path given twice is an error. */
  public static Snapshot of(Collection<Entry> entries) {
    Builder builder = builder();
    for (Entry entry : entries) {
      if (builder.entries.containsKey(entry.path())) {
        throw new IllegalArgumentException("duplicate path: " + entry.path());
      }
      builder.put(entry);
    }
    return builder.build();
  }

  public static Builder builder() {
    return new Builder(new TreeMap<>(), new TreeMap<>());
  }

  public Builder toBuilder() {
    return new Builder(new TreeMap<>(entries), new TreeMap<>(problems));
  }

  public Optional<Entry> get(RelPath path) {
    return Optional.ofNullable(entries.get(path));
  }

  /** The entry at {@code path}, or null. For hot loops; prefer {@link #get}. */
  public @Nullable Entry find(RelPath path) {
    return entries.get(path);
  }

  public boolean contains(RelPath path) {
    return entries.containsKey(path);
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  public int size() {
    return entries.size();
  }

  public long fileCount() {
    return entries.values().stream().filter(Entry::isFile).count();
  }

  /** The entries strictly inside {@code folder}, in order. */
  public Collection<Entry> descendants(RelPath folder) {
    return entries.tailMap(folder, false).values().stream()
        .takeWhile(e -> folder.isAncestorOf(e.path()))
        .toList();
  }

  /** A mutable builder; not thread-safe. */
  public static final class Builder {
    private final NavigableMap<RelPath, Entry> entries;
    private final NavigableMap<RelPath, String> problems;

    private Builder(NavigableMap<RelPath, Entry> entries, NavigableMap<RelPath, String> problems) {
      this.entries = entries;
      this.problems = problems;
    }

    /** Adds or replaces the entry at its path. */
    public Builder put(Entry entry) {
      entries.put(entry.path(), requireNonNull(entry, "entry"));
      return this;
    }

    public Builder remove(RelPath path) {
      entries.remove(path);
      return this;
    }

    /** Removes {@code path} and everything inside it. */
    public Builder removeTree(RelPath path) {
      entries.remove(path);
      Iterator<RelPath> inside = entries.tailMap(path, false).keySet().iterator();
      while (inside.hasNext() && path.isAncestorOf(inside.next())) {
        inside.remove();
      }
      return this;
    }

    public Builder problem(RelPath path, String reason) {
      problems.put(path, requireNonNull(reason, "reason"));
      return this;
    }

    public @Nullable Entry find(RelPath path) {
      return entries.get(path);
    }

    public Snapshot build() {
      return new Snapshot(entries, problems);
    }
  }
}
