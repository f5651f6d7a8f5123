package io.github.osf4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osf4j.core.Action;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.Plan;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.Safety;
import io.github.osf4j.core.SyncEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class ProgressBarsTest {
  private static final long MB = 1_000_000;

  private final AtomicLong nanos = new AtomicLong();
  private final List<Action> uploads = new ArrayList<>();
  private final List<Action> downloads = new ArrayList<>();
  private final Plan plan = plan();

  private Plan plan() {
    List<Action> actions = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      Entry up = Entry.file(RelPath.of("data/run-" + i + ".csv"), 2 * MB, null, null);
      Action upload = new Action.Upload(up.path(), up, Optional.empty());
      uploads.add(upload);
      actions.add(upload);
      Entry down = Entry.file(RelPath.of("osf/raw-" + i + ".bin"), 1_400_000, null, null);
      Action download = new Action.Download(down.path(), down, Optional.empty());
      downloads.add(download);
      actions.add(download);
    }
    return new Plan(actions, List.of(), List.of(), new Safety.Safe());
  }

  @ParameterizedTest
  @ValueSource(ints = {40, 80, 120})
  void noLineIsEverAsWideAsTheTerminal(int columns) {
    FakeTerminal terminal = new FakeTerminal(columns);
    ProgressBars bars = new ProgressBars(terminal.err, columns, nanos::get);

    runWholeSync(bars);

    assertThat(terminal.drawnPieces()).isNotEmpty().allMatch(piece -> piece.length() < columns);
    // No wraps: the whole sync leaves its phases cleared and one final line.
    assertThat(terminal.screen()).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(ints = {40, 80, 120})
  void theFinalLineShowsAllFilesAndBytes(int columns) {
    FakeTerminal terminal = new FakeTerminal(columns);
    ProgressBars bars = new ProgressBars(terminal.err, columns, nanos::get);

    runWholeSync(bars);

    assertThat(terminal.screen().get(0))
        .containsAnyOf("120/120 files", "up 60/60 down 60/60")
        .contains("204.0 MB/204.0 MB");
  }

  @Test
  void aWideTerminalShowsDirectionsBarSpeedAndEta() {
    FakeTerminal terminal = new FakeTerminal(120);
    ProgressBars bars = new ProgressBars(terminal.err, 120, nanos::get);
    bars.start(plan);

    nanos.addAndGet(Duration.ofSeconds(10).toNanos());
    bars.onEvent(new SyncEvent.ActionStarted(uploads.get(0), 2 * MB));
    nanos.addAndGet(Duration.ofSeconds(2).toNanos());
    bars.onEvent(new SyncEvent.Transferred(uploads.get(0), 2 * MB));

    String line = terminal.screen().get(0);
    assertThat(line)
        .startsWith("up 0/60 down 0/60  [")
        .contains("]  2.0 MB/204.0 MB  1.0 MB/s  ETA 3:22");
    assertThat(line.length()).isLessThan(120);
  }

  @Test
  void aNarrowTerminalGetsAShorterBarAndFewerParts() {
    TransferStats stats = new TransferStats(plan, nanos::get);
    stats.count(new SyncEvent.ActionStarted(uploads.get(0), 2 * MB));
    nanos.addAndGet(Duration.ofSeconds(2).toNanos());
    stats.count(new SyncEvent.Transferred(uploads.get(0), 2 * MB));

    assertThat(ProgressLine.transfer(stats, 60))
        .isEqualTo("0/120 files  [-----------------]  2.0 MB/204.0 MB  ETA 3:22");
    assertThat(ProgressLine.transfer(stats, 40))
        .isEqualTo("0/120 files  2.0 MB/204.0 MB  ETA 3:22");
    assertThat(ProgressLine.transfer(stats, 20)).isEqualTo("0/120 files");
  }

  @Test
  void aShorterLineLeavesNothingOfTheLongerOneBehind() {
    FakeTerminal terminal = new FakeTerminal(80);
    ProgressBars bars = new ProgressBars(terminal.err, 80, nanos::get);

    bars.phase(ProgressPhase.listing(123_456));
    bars.phase(ProgressPhase.scanning());

    assertThat(terminal.screen()).containsExactly("scanning the local folder...");
  }

  @Test
  void anErrorStartsOnALineOfItsOwnAndTheProgressComesBackBelowIt() {
    FakeTerminal terminal = new FakeTerminal(80);
    ProgressBars bars = new ProgressBars(terminal.err, 80, nanos::get);
    bars.start(plan);
    bars.onEvent(new SyncEvent.ActionDone(uploads.get(0)));

    bars.interrupt();
    terminal.err.print("osf4j: stopping\n");
    bars.onEvent(new SyncEvent.ActionDone(uploads.get(1)));
    bars.close();

    List<String> screen = terminal.screen();
    assertThat(screen).hasSize(2);
    assertThat(screen.get(0)).isEqualTo("osf4j: stopping");
    assertThat(screen.get(1)).startsWith("up 2/60 down 0/60");
  }

  @Test
  void closingAfterCtrlCEndsTheLineSoThatThePromptStartsOnAFreshOne() {
    FakeTerminal terminal = new FakeTerminal(80);
    ProgressBars bars = new ProgressBars(terminal.err, 80, nanos::get);
    bars.start(plan);
    bars.onEvent(new SyncEvent.ActionDone(downloads.get(0)));

    bars.close();

    assertThat(terminal.raw()).endsWith("\n");
    assertThat(terminal.screen()).hasSize(1);
  }

  @Test
  void aServerPauseGetsALineAboveTheProgress() {
    FakeTerminal terminal = new FakeTerminal(80);
    ProgressBars bars = new ProgressBars(terminal.err, 80, nanos::get);
    bars.start(plan);
    bars.onEvent(new SyncEvent.ActionDone(downloads.get(0)));

    bars.onEvent(new SyncEvent.ServerWait("api.osf.io", Duration.ofSeconds(30)));

    List<String> screen = terminal.screen();
    assertThat(screen.get(0)).startsWith("osf4j: ").contains("api.osf.io");
    assertThat(screen.get(1)).startsWith("up 0/60 down 1/60");
  }

  private void runWholeSync(ProgressBars bars) {
    bars.phase(ProgressPhase.scanning());
    bars.phase(ProgressPhase.listing(60));
    bars.interrupt();
    bars.start(plan);
    for (int i = 0; i < 60; i++) {
      for (Action action : List.of(uploads.get(i), downloads.get(i))) {
        long size = Plans.bytes(action);
        bars.onEvent(new SyncEvent.ActionStarted(action, size));
        for (int piece = 0; piece < 4; piece++) {
          nanos.addAndGet(Duration.ofMillis(150).toNanos());
          bars.onEvent(new SyncEvent.Transferred(action, size / 4));
        }
        bars.onEvent(new SyncEvent.ActionDone(action));
      }
    }
    bars.close();
  }
}
