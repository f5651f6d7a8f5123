package io.github.osf4j.cli;

import io.github.osf4j.core.Action;
import io.github.osf4j.core.SyncEvent;
import io.github.osf4j.core.SyncListener;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Passes events on to another listener, keeps the notes to print them after the summary, and counts
 * the changes done (for the line of a run the server stopped).
 */
final class Notes implements SyncListener {
  private final SyncListener next;
  private final List<String> notes = new ArrayList<>();
  private final AtomicInteger changesDone = new AtomicInteger();

  Notes(SyncListener next) {
    this.next = next;
  }

  @Override
  public void onEvent(SyncEvent event) {
    if (event instanceof SyncEvent.ActionDone done
        && !(done.action() instanceof Action.RecordOnly)) {
      changesDone.incrementAndGet();
    } else if (event instanceof SyncEvent.ActionNote note) {
      synchronized (notes) {
        notes.add("note: " + note.note());
      }
    }
    next.onEvent(event);
  }

  /** How many changes (not mere index records) ended well so far. */
  int changesDone() {
    return changesDone.get();
  }

  /** The notes so far, one line each. */
  List<String> lines() {
    synchronized (notes) {
      return List.copyOf(notes);
    }
  }
}
