package io.github.osf4j.testkit.fakes;

import java.io.IOException;

/**
 * Hooks the in-memory fakes call around each operation, so a test can make one fail, block it, or
 * change the world at a chosen instant. Called from the operating thread; must be thread-safe.
 */
public interface FaultInjector {

  /** Injects nothing. */
  FaultInjector NONE = new FaultInjector() {};

  /**
   * Called before {@code operation} (e.g. {@code "upload"}, {@code "commit"}) touches {@code path};
   * throwing makes the operation fail without effect.
   */
  default void before(String operation, String path) throws IOException {}

  /**
   * Called after {@code operation} took effect on {@code path}; throwing makes the caller see a
   * failure although the change happened (a lost response).
   */
  default void after(String operation, String path) throws IOException {}
}
