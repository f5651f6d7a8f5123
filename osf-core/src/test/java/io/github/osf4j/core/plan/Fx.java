package io.github.osf4j.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osf4j.core.Entry;
import io.github.osf4j.core.LocalStamp;
import io.github.osf4j.core.Plan;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.RemoteRef;
import io.github.osf4j.core.Snapshot;
import io.github.osf4j.core.SyncOptions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/** Test fixtures: entries by content number, snapshots, a fixed clock, plan-and-settle. */
final class Fx {

  static final Instant NOW = Instant.parse("2026-11-26T14:30:05Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final String STAMP = "20261126-143005";
  static final SyncOptions OPTIONS = SyncOptions.DEFAULTS.withMaxDeletePercent(100);
  static final Planner PLANNER = new Planner(CLOCK, NameRules.POSIX);

  private Fx() {}

  static RelPath p(String path) {
    return RelPath.of(path);
  }

  /** A file whose content is identified by {@code content} (size and hashes derive from it). */
  static Entry file(String path, int content) {
    return Entry.file(p(path), content, hex(content, 32), hex(content, 64));
  }

  static Entry folder(String path) {
    return Entry.folder(p(path));
  }

  /** A file as the remote lists it, with an OSF id. */
  static Entry remoteFile(String path, int content, String id) {
    return file(path, content).withRemote(new RemoteRef(id, 1));
  }

  /** A file as the scanner sees it, with a file key. */
  static Entry localFile(String path, int content, String key) {
    return file(path, content).withStamp(new LocalStamp(content, 1_000L, key));
  }

  static Snapshot snap(Entry... entries) {
    return Snapshot.of(List.of(entries));
  }

  static String hex(int value, int digits) {
    return String.format(Locale.ROOT, "%0" + digits + "x", value);
  }

  static Plan plan(Snapshot base, Snapshot local, Snapshot remote) {
    return PLANNER.plan(base, local, remote, OPTIONS);
  }

  /** Runs {@code plan} in the simulator and checks that planning again finds nothing to do. */
  static PlanSimulator.State settle(Plan plan, Snapshot base, Snapshot local, Snapshot remote) {
    PlanSimulator.State after =
        PlanSimulator.apply(plan, new PlanSimulator.State(base, local, remote));
    Plan again = PLANNER.plan(after.base(), after.local(), after.remote(), OPTIONS);
    assertThat(again.actions()).as("second plan").isEmpty();
    assertThat(again.conflicts()).as("second plan's conflicts").isEmpty();
    return after;
  }

  /** The paths and contents (by sameContentAs) of a snapshot, for end-state comparisons. */
  static String contents(Snapshot snapshot) {
    StringBuilder out = new StringBuilder();
    snapshot
        .entries()
        .values()
        .forEach(e -> out.append(e.path()).append('=').append(describe(e)).append('\n'));
    return out.toString();
  }

  static String describe(Entry entry) {
    return entry.isFolder() ? "/" : entry.size() + ":" + entry.sha256();
  }
}
