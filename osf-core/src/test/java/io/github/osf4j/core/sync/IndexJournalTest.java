package io.github.osf4j.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.osf4j.core.Entry;
import io.github.osf4j.core.ProjectState;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.Snapshot;
import io.github.osf4j.testkit.fakes.InMemoryProjectStore;
import io.github.osf4j.testkit.fakes.MutableClock;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class IndexJournalTest {
  private final MutableClock clock = new MutableClock();
  private final InMemoryProjectStore store = new InMemoryProjectStore();
  private final IndexJournal journal =
      new IndexJournal(store, new ProjectState(ProjectWorld.CONFIG, Snapshot.empty()), clock);

  @Test
  void savesWhenTwoSecondsPassed() {
    journal.record(RelPath.of("a"), Optional.of(Entry.folder(RelPath.of("a"))));
    assertThat(store.saves()).isEmpty();

    clock.advance(Duration.ofSeconds(2));
    journal.record(RelPath.of("b"), Optional.of(Entry.folder(RelPath.of("b"))));

    assertThat(store.saves())
        .singleElement()
        .satisfies(s -> assertThat(s.base().size()).isEqualTo(2));
  }

  @Test
  void aFailedSaveDuringTheRunIsRetriedAtTheEnd() throws IOException {
    store.setSavesFail(true);
    clock.advance(Duration.ofSeconds(5));
    journal.record(RelPath.of("a"), Optional.of(Entry.folder(RelPath.of("a"))));
    journal.record(RelPath.of("a"), Optional.empty());
    assertThatThrownBy(journal::finish).hasMessageContaining("disk full");

    store.setSavesFail(false);
    assertThat(journal.finish().base().isEmpty()).isTrue();
    assertThat(store.saves()).hasSize(1);
  }

  @Test
  void aRunThatRecordedNothingWritesNothing() throws IOException {
    assertThat(journal.finish().base().isEmpty()).isTrue();
    assertThat(store.saves()).isEmpty();
  }

  @Test
  void finishWritesOnlyWhenSomethingIsUnsaved() throws IOException {
    for (int i = 0; i < IndexJournal.BATCH; i++) {
      journal.record(RelPath.of("f" + i), Optional.of(Entry.folder(RelPath.of("f" + i))));
    }
    assertThat(store.saves()).hasSize(1);

    journal.finish();
    assertThat(store.saves()).hasSize(1);

    journal.record(RelPath.of("late"), Optional.of(Entry.folder(RelPath.of("late"))));
    journal.finish();
    assertThat(store.saves())
        .hasSize(2)
        .last()
        .satisfies(s -> assertThat(s.base().size()).isEqualTo(IndexJournal.BATCH + 1));
  }

  @Test
  void aLargeIndexIsSavedInBatchesThatGrowWithIt() {
    IndexJournal large =
        new IndexJournal(store, new ProjectState(ProjectWorld.CONFIG, Snapshot.empty()), clock);
    for (int i = 0; i < 3_200; i++) {
      large.record(RelPath.of("f" + i), Optional.of(Entry.folder(RelPath.of("f" + i))));
    }

    // 25 at a time up to 400 entries, then 1/16 of the index: 48 saves, not 3,200 / 25 = 128.
    assertThat(store.saves()).hasSizeBetween(40, 64);
    assertThat(store.saves().get(0).base().size()).isEqualTo(IndexJournal.BATCH);
  }
}
