package io.github.osf4j.cli;

import java.util.List;
import org.jspecify.annotations.Nullable;
import sun.misc.Signal;

/**
 * While a run holds a project, turns SIGINT (Ctrl-C) and SIGTERM into a cancel of that run, which
 * then stops cleanly; a second SIGINT (Ctrl-C pressed again) halts the process at once (the project
 * file is written atomically, so it is still the old or the new one, and the next run takes the
 * lock over). A repeated SIGTERM changes nothing: {@code timeout} sends it twice (to the process
 * and to its group). A shutdown hook cannot do this: it cannot wait for the run to record what
 * finished.
 */
final class Interrupts implements AutoCloseable {
  private final CliContext context;
  private final Runnable cancel;
  private @Nullable String first;
  private boolean closed;

  private Interrupts(CliContext context, Runnable cancel) {
    this.context = context;
    this.cancel = cancel;
  }

  /** Handles INT and TERM by calling {@code cancel} until closed; nothing when not wanted. */
  static Interrupts install(CliContext context, Runnable cancel) {
    Interrupts interrupts = new Interrupts(context, cancel);
    if (context.handlesSignals()) {
      for (String name : List.of("INT", "TERM")) {
        Signal.handle(new Signal(name), interrupts::on);
      }
    }
    return interrupts;
  }

  /**
   * The exit code for the signal that cancelled the run, or 130 when none did (a library cancel).
   */
  synchronized int exitCode() {
    return "TERM".equals(first) ? ExitCodes.SIGTERM : ExitCodes.SIGINT;
  }

  private synchronized boolean isClosed() {
    return closed;
  }

  private void on(Signal signal) {
    String name = signal.getName();
    boolean again;
    synchronized (this) {
      again = first != null || closed;
      if (first == null) {
        first = name;
      }
    }
    if (again && name.equals("TERM") && !isClosed()) {
      return;
    }
    if (again) {
      if (!isClosed()) {
        context.error("osf4j: stopped at once; run sync again to finish");
      }
      Runtime.getRuntime().halt(exitCode());
    }
    context.error(
        "osf4j: stopping: finishing or abandoning the transfers in flight (press Ctrl-C again to"
            + " stop at once)");
    cancel.run();
  }

  /**
   * Ends the run's handling: a signal from now on halts at once, with its own exit code when it is
   * the first (the handlers stay installed, so that the exit code cannot race a default handler).
   */
  @Override
  public synchronized void close() {
    closed = true;
  }
}
