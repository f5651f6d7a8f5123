package io.github.osf4j.core.sync;

import io.github.osf4j.core.Action;
import io.github.osf4j.core.AuthenticationException;
import io.github.osf4j.core.LocalFiles;
import io.github.osf4j.core.Plan;
import io.github.osf4j.core.QuotaExceededException;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.RemoteStorage;
import io.github.osf4j.core.ServerBusyException;
import io.github.osf4j.core.ServerUnreachableException;
import io.github.osf4j.core.Skip;
import io.github.osf4j.core.SyncCancelledException;
import io.github.osf4j.core.SyncEvent;
import io.github.osf4j.core.SyncListener;
import io.github.osf4j.core.SyncOptions;
import io.github.osf4j.core.SyncReport;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Applies a plan through the ports with at most {@link SyncOptions#jobs} actions at once, in the
 * order the plan's contract allows: an action starts only when every earlier action on the same
 * path, an ancestor or a descendant has ended. A failed or skipped action never stops the others,
 * but the later actions related to it are skipped. Each finished action advances the index through
 * the {@link IndexRecorder} at once. A {@link StopSignal}, or an action failing because the server
 * cannot be reached ({@link ServerUnreachableException}) or asks to wait longer than the client
 * will ({@link ServerBusyException}), refuses the token ({@link AuthenticationException}) or is out
 * of storage ({@link QuotaExceededException}), stops the run: no new action starts, those in flight
 * get {@link #GRACE} to finish and are then interrupted; every other action would fail the same
 * way. One executor runs one plan at a time.
 */
final class Executor {
  /** How far past a blocked action the scheduler looks for independent work. */
  private static final int LOOKAHEAD = 1024;

  /** How long actions in flight may go on once the run is asked to stop. */
  static final Duration GRACE = Duration.ofSeconds(3);

  /** What a transfer thread hands back to wake the scheduler when a stop is asked. */
  private static final Finished WAKE = new Finished(-1, ExecutorOutcome.done(), null, null);

  private static final AtomicInteger THREADS = new AtomicInteger();

  private final RemoteStorage remote;
  private final LocalFiles local;
  private final String projectId;
  private final int jobs;
  private final SyncListener listener;

  Executor(
      RemoteStorage remote,
      LocalFiles local,
      String projectId,
      SyncOptions options,
      SyncListener listener) {
    this.remote = remote;
    this.local = local;
    this.projectId = projectId;
    this.jobs = options.jobs();
    this.listener = listener;
  }

  /**
   * Runs the plan to the end and reports every action's outcome.
   *
   * @throws InterruptedIOException when interrupted: no new action starts, those in flight are
   *     interrupted and awaited, and what finished is already recorded
   * @throws ServerBusyException when the server asks to wait too long: as when interrupted
   * @throws IOException when the recorder fails
   */
  SyncReport execute(ExecutorInput input, IndexRecorder recorder) throws IOException {
    return execute(input, recorder, new StopSignal());
  }

  /**
   * Runs the plan until its end or until {@code stop} is given.
   *
   * @throws SyncCancelledException when {@code stop} was given; what finished is recorded
   * @throws ServerUnreachableException when an action found the server unreachable; the run stopped
   *     as for a cancel
   */
  SyncReport execute(ExecutorInput input, IndexRecorder recorder, StopSignal stop)
      throws IOException {
    return execute(input, recorder, stop, Backups.off(local));
  }

  /**
   * Runs the plan until its end or until {@code stop} is given, backing up each local file through
   * {@code backups} before overwriting or deleting it (a file that cannot be backed up is left
   * alone and its action skipped).
   */
  SyncReport execute(ExecutorInput input, IndexRecorder recorder, StopSignal stop, Backups backups)
      throws IOException {
    ExecutorViews views = new ExecutorViews(input, recorder);
    ExecutorSteps steps = new ExecutorSteps(remote, local, projectId, views, listener, backups);
    ExecutorService pool = Executors.newFixedThreadPool(jobs, Executor::thread);
    try {
      return new Run(input.plan(), steps, pool, stop, backups).go();
    } finally {
      pool.shutdownNow();
    }
  }

  private static Thread thread(Runnable task) {
    Thread thread = new Thread(task, "osf4j-transfer-" + THREADS.incrementAndGet());
    thread.setDaemon(true);
    return thread;
  }

  /** One action's end, as a transfer thread hands it back. */
  private record Finished(
      int index,
      ExecutorOutcome outcome,
      @Nullable Throwable fatal,
      @Nullable IOException stopper) {}

  /** The scheduler's state for one plan; used by the calling thread only. */
  private final class Run {
    private final Plan plan;
    private final List<Action> actions;
    private final ExecutorSteps steps;
    private final ExecutorService pool;
    private final ExecutorOutcome[] outcomes;
    private final LinkedList<Integer> pending = new LinkedList<>();
    private final ExecutorPaths running = new ExecutorPaths();
    private final ExecutorPaths incomplete = new ExecutorPaths();
    private final BlockingQueue<Finished> finished = new LinkedBlockingQueue<>();
    private final StopSignal stop;
    private final Backups backups;
    private @Nullable IOException stopper;
    private int runningCount;

    Run(Plan plan, ExecutorSteps steps, ExecutorService pool, StopSignal stop, Backups backups) {
      this.plan = plan;
      this.stop = stop;
      this.backups = backups;
      this.actions = plan.actions();
      this.steps = steps;
      this.pool = pool;
      this.outcomes = new ExecutorOutcome[actions.size()];
      for (int i = 0; i < actions.size(); i++) {
        pending.add(i);
      }
    }

    SyncReport go() throws IOException {
      stop.onStop(() -> finished.add(WAKE));
      try {
        while (!pending.isEmpty() || runningCount > 0) {
          if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException();
          }
          if (stop.stopped() || stopper != null) {
            return stopped();
          }
          startReady();
          if (runningCount > 0) {
            end(finished.take());
          }
        }
        if (stopper != null) {
          return stopped(); // the last action hit the stop: the run ends the same way
        }
      } catch (InterruptedException e) {
        drain();
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("sync interrupted");
      }
      return report();
    }

    /** Lets the actions in flight end within the grace period, then abandons the rest. */
    private SyncReport stopped() throws IOException, InterruptedException {
      pending.clear();
      long deadline = System.nanoTime() + GRACE.toNanos();
      while (runningCount > 0) {
        Finished done = finished.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        if (done == null) {
          break;
        }
        end(done);
      }
      if (runningCount > 0) {
        drain();
      }
      IOException cause = stopper;
      if (cause instanceof ServerUnreachableException gone) {
        throw new ServerUnreachableException(gone, report());
      }
      if (cause instanceof ServerBusyException busy) {
        throw busy;
      }
      if (cause instanceof AuthenticationException refused) {
        throw new AuthenticationException(refused.getMessage() + stoppedAfter(), refused);
      }
      if (cause instanceof QuotaExceededException full) {
        throw new QuotaExceededException(full.getMessage() + stoppedAfter(), full);
      }
      throw new SyncCancelledException("sync cancelled", report());
    }

    /** {@code ; the run stopped after 3 of 10 actions, which are recorded}. */
    private String stoppedAfter() {
      long done =
          java.util.Arrays.stream(outcomes).filter(ExecutorOutcome.Done.class::isInstance).count();
      return "; the run stopped after "
          + done
          + " of "
          + outcomes.length
          + " actions, which are recorded";
    }

    private void startReady() throws IOException {
      ExecutorPaths earlier = new ExecutorPaths();
      int scanned = 0;
      Iterator<Integer> it = pending.iterator();
      while (it.hasNext() && runningCount < jobs && scanned++ < LOOKAHEAD) {
        int i = it.next();
        Action action = actions.get(i);
        if (running.related(action).isPresent() || earlier.related(action).isPresent()) {
          earlier.add(action);
          continue;
        }
        it.remove();
        Optional<RelPath> failedBefore = incomplete.related(action);
        if (failedBefore.isPresent()) {
          end(
              i,
              ExecutorOutcome.skipped(
                  "an earlier action on " + failedBefore.get() + " did not complete"));
        } else if (action instanceof Action.RecordOnly) {
          listener.onEvent(new SyncEvent.ActionStarted(action, 0));
          end(i, steps.run(action));
        } else {
          start(i, action);
        }
      }
    }

    private void start(int i, Action action) {
      running.add(action);
      runningCount++;
      listener.onEvent(new SyncEvent.ActionStarted(action, bytes(action)));
      pool.execute(() -> finished.add(perform(i, action)));
    }

    private Finished perform(int i, Action action) {
      try {
        return new Finished(i, steps.run(action), null, null);
      } catch (ServerUnreachableException
          | ServerBusyException
          | AuthenticationException
          | QuotaExceededException e) {
        return new Finished(i, ExecutorOutcome.failed(message(e)), null, e);
      } catch (IOException | RuntimeException e) {
        return new Finished(i, ExecutorOutcome.failed(message(e)), null, null);
      } catch (Throwable fatal) {
        return new Finished(i, ExecutorOutcome.failed(message(fatal)), fatal, null);
      }
    }

    private void end(Finished done) {
      if (done.index() < 0) {
        return;
      }
      if (stopper == null) {
        stopper = done.stopper();
      }
      Action action = actions.get(done.index());
      running.remove(action);
      runningCount--;
      Throwable fatal = done.fatal();
      if (fatal != null) {
        drain();
        if (fatal instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException(fatal);
      }
      end(done.index(), done.outcome());
    }

    private void end(int i, ExecutorOutcome outcome) {
      Action action = actions.get(i);
      outcomes[i] = outcome;
      Optional<String> skipped = ExecutorOutcome.skipReason(outcome);
      if (skipped.isPresent()) {
        incomplete.add(action);
        listener.onEvent(new SyncEvent.ActionSkipped(action, skipped.get()));
      } else if (outcome instanceof ExecutorOutcome.Failed f) {
        incomplete.add(action);
        listener.onEvent(new SyncEvent.ActionFailed(action, f.message()));
      } else {
        listener.onEvent(new SyncEvent.ActionDone(action));
      }
    }

    /** Stops: interrupts what runs, waits for it, and reports what ended meanwhile. */
    private void drain() {
      pending.clear();
      pool.shutdownNow();
      boolean interrupted = false;
      while (true) {
        try {
          if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
            break;
          }
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      for (Finished done = finished.poll(); done != null; done = finished.poll()) {
        if (done.fatal() == null && done.index() >= 0) {
          end(done.index(), done.outcome());
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }

    private SyncReport report() {
      List<Action> done = new ArrayList<>();
      List<Skip> skipped = new ArrayList<>(plan.skipped());
      List<SyncReport.Failure> failed = new ArrayList<>();
      for (int i = 0; i < outcomes.length; i++) {
        Action action = actions.get(i);
        ExecutorOutcome outcome = outcomes[i];
        Optional<String> reason =
            outcome == null ? Optional.empty() : ExecutorOutcome.skipReason(outcome);
        if (outcome == null) {
          skipped.add(new Skip(action.path(), "not done: the run was stopped"));
        } else if (reason.isPresent()) {
          skipped.add(new Skip(action.path(), reason.get()));
        } else if (outcome instanceof ExecutorOutcome.Failed f) {
          failed.add(new SyncReport.Failure(action, f.message()));
        } else {
          done.add(action);
        }
      }
      return new SyncReport(done, skipped, failed, backups.saved(), backups.usedFolder());
    }
  }

  private static long bytes(Action action) {
    if (action instanceof Action.Upload u) {
      return u.source().size();
    }
    if (action instanceof Action.Download d) {
      return d.source().size();
    }
    return 0;
  }

  private static String message(Throwable e) {
    String message = e.getMessage();
    return message != null ? message : e.getClass().getSimpleName();
  }
}
