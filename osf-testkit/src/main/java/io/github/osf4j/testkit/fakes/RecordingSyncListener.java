package io.github.osf4j.testkit.fakes;

import io.github.osf4j.core.Action;
import io.github.osf4j.core.SyncEvent;
import io.github.osf4j.core.SyncListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every event it receives, for assertions. Thread-safe. */
public final class RecordingSyncListener implements SyncListener {

  private final List<SyncEvent> events = new CopyOnWriteArrayList<>();

  @Override
  public void onEvent(SyncEvent event) {
    events.add(event);
  }

  /** All events so far, in arrival order. */
  public List<SyncEvent> events() {
    return List.copyOf(events);
  }

  /** The events of one type, in arrival order. */
  public <T extends SyncEvent> List<T> events(Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** The phases started, in order, as progress shows them ({@code scanning}). */
  public List<String> phases() {
    return events(SyncEvent.PhaseStarted.class).stream()
        .map(started -> started.phase().label())
        .toList();
  }

  /** The actions that finished well. */
  public List<Action> done() {
    return events(SyncEvent.ActionDone.class).stream().map(SyncEvent.ActionDone::action).toList();
  }

  /** The actions that failed. */
  public List<Action> failed() {
    return events(SyncEvent.ActionFailed.class).stream()
        .map(SyncEvent.ActionFailed::action)
        .toList();
  }

  /** The actions that were skipped. */
  public List<Action> skipped() {
    return events(SyncEvent.ActionSkipped.class).stream()
        .map(SyncEvent.ActionSkipped::action)
        .toList();
  }

  /** Throws when an action started and neither finished, failed nor was skipped. */
  public void assertEveryStartedActionEnded() {
    for (SyncEvent.ActionStarted started : events(SyncEvent.ActionStarted.class)) {
      Action action = started.action();
      if (!done().contains(action) && !failed().contains(action) && !skipped().contains(action)) {
        throw new AssertionError("action started but never ended: " + action);
      }
    }
  }

  public void clear() {
    events.clear();
  }
}
