package io.github.osf4j.core;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The server cannot be reached at all (connections refused, its name unknown, connects timing out).
 * An action failing with it stops the run: no new action starts, and what finished is kept and
 * recorded; the exception the run then throws carries its {@link #report()}.
 */
public class ServerUnreachableException extends ServerException {
  private static final long serialVersionUID = 1L;

  private final transient @Nullable SyncReport report;

  public ServerUnreachableException(String message) {
    super(message);
    this.report = null;
  }

  public ServerUnreachableException(String message, Throwable cause) {
    super(message, cause);
    this.report = null;
  }

  /** The run stopped by {@code cause}, with what it did before. */
  public ServerUnreachableException(ServerUnreachableException cause, SyncReport report) {
    super(String.valueOf(cause.getMessage()), cause);
    this.report = report;
  }

  /** What the stopped run did, when this ended a run (empty when thrown by a single request). */
  public Optional<SyncReport> report() {
    return Optional.ofNullable(report);
  }
}
