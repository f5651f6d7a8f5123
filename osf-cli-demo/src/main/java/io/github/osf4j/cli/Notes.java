package io.github.osf4j.cli;

import io.github.osf4j.core.SyncEvent;
import io.github.osf4j.core.SyncListener;
import java.util.ArrayList;
import java.util.List;

/** Passes events on to another listener and keeps the notes, to print them after the summary. */
final class Notes implements SyncListener {
  private final SyncListener next;
  private final List<String> notes = new ArrayList<>();

  Notes(SyncListener next) {
    this.next = next;
  }

  @Override
  public void onEvent(SyncEvent event) {
    if (event instanceof SyncEvent.ActionNote note) {
      synchronized (notes) {
        notes.add("note: " + note.note());
      }
    }
    next.onEvent(event);
  }

  /** The notes so far, one line each. */
  List<String> lines() {
    synchronized (notes) {
      return List.copyOf(notes);
    }
  }
}
