package io.github.osf4j.core;

/**
 * Receives a sync's events. Called from several threads at once during transfers: implementations
 * must be thread-safe and quick. The core prints and logs nothing itself.
 */
@FunctionalInterface
public interface SyncListener {

  SyncListener NONE = event -> {};

  void onEvent(SyncEvent event);
}
