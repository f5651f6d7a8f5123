package io.github.osf4j.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.osf4j.core.Action;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.NameTakenException;
import io.github.osf4j.core.Plan;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.RemoteRef;
import io.github.osf4j.core.Safety;
import io.github.osf4j.core.ServerBusyException;
import io.github.osf4j.core.ServerUnreachableException;
import io.github.osf4j.core.Skip;
import io.github.osf4j.core.Snapshot;
import io.github.osf4j.core.SyncCancelledException;
import io.github.osf4j.core.SyncEvent;
import io.github.osf4j.core.SyncOptions;
import io.github.osf4j.core.SyncReport;
import io.github.osf4j.testkit.fakes.FaultInjector;
import io.github.osf4j.testkit.fakes.InMemoryLocalFiles;
import io.github.osf4j.testkit.fakes.InMemoryRemoteStorage;
import io.github.osf4j.testkit.fakes.RecordingSyncListener;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

final class ExecutorTest {
  private static final String P = "p1";

  private final InMemoryRemoteStorage remote = InMemoryRemoteStorage.withProject(P);
  private final InMemoryLocalFiles local = new InMemoryLocalFiles();
  private final RecordingSyncListener events = new RecordingSyncListener();
  private final Map<RelPath, Optional<Entry>> recorded = new TreeMap<>();
  private Snapshot base = Snapshot.empty();
  private int jobs = 4;

  // ---- each action type ----------------------------------------------------------------

  @Test
  void uploadCreatesTheRemoteFileAndRecordsBothSides() throws IOException {
    local.write("a.txt", "hello");
    Snapshot l = scan();
    SyncReport report =
        run(l, list(), new Action.Upload(path("a.txt"), at(l, "a.txt"), Optional.empty()));

    assertThat(report.isComplete()).isTrue();
    assertThat(remote.text(P, "a.txt")).contains("hello");
    Entry entry = indexed("a.txt");
    assertThat(entry.remote()).isNotNull();
    assertThat(entry.stamp()).isNotNull();
    assertThat(entry.sameContentAs(at(l, "a.txt"))).isTrue();
    assertThat(events.done()).hasSize(1);
    assertThat(events.events(SyncEvent.Transferred.class)).isNotEmpty();
    // The scan's hash goes with the bytes, so the adapter need not hash them again.
    assertThat(remote.knownHashes()).containsExactly(at(l, "a.txt").sha256());
  }

  @Test
  void uploadGoesIntoAFolderMadeEarlierInTheRun() throws IOException {
    local.write("d/e/x.txt", "x");
    Snapshot l = scan();
    SyncReport report =
        run(
            l,
            list(),
            new Action.MkdirRemote(path("d")),
            new Action.MkdirRemote(path("d/e")),
            new Action.Upload(path("d/e/x.txt"), at(l, "d/e/x.txt"), Optional.empty()));

    assertThat(report.failed()).isEmpty();
    assertThat(remote.files(P)).containsExactly(Map.entry("d/e/x.txt", "x"));
    assertThat(recorded).containsKeys(path("d"), path("d/e"), path("d/e/x.txt"));
  }

  @Test
  void uploadUpdatesTheExistingRemoteFile() throws IOException {
    remote.putFile(P, "a.txt", "old");
    local.write("a.txt", "new");
    Snapshot r = list();
    Snapshot l = scan();
    Entry before = at(r, "a.txt");
    SyncReport report =
        run(l, r, new Action.Upload(path("a.txt"), at(l, "a.txt"), Optional.of(before)));

    assertThat(report.isComplete()).isTrue();
    assertThat(remote.text(P, "a.txt")).contains("new");
    assertThat(at(list(), "a.txt").remote())
        .isEqualTo(new RemoteRef(java.util.Objects.requireNonNull(before.remote()).id(), 2));
    assertThat(remote.calls()).contains("update a.txt");
  }

  @Test
  void downloadWritesTheLocalFileThroughATempFile() throws IOException {
    remote.putFile(P, "d/a.txt", "remote");
    local.mkdirs("d");
    Snapshot r = list();
    SyncReport report =
        run(scan(), r, new Action.Download(path("d/a.txt"), at(r, "d/a.txt"), Optional.empty()));

    assertThat(report.isComplete()).isTrue();
    assertThat(local.text("d/a.txt")).contains("remote");
    assertThat(local.pendingFiles()).isZero();
    Entry entry = indexed("d/a.txt");
    assertThat(entry.remote()).isEqualTo(at(r, "d/a.txt").remote());
    assertThat(entry.stamp()).isNotNull();
  }

  @Test
  void downloadReplacesTheExpectedLocalFile() throws IOException {
    remote.putFile(P, "a.txt", "remote");
    local.write("a.txt", "local");
    Snapshot l = scan();
    Snapshot r = list();
    SyncReport report =
        run(l, r, new Action.Download(path("a.txt"), at(r, "a.txt"), Optional.of(at(l, "a.txt"))));

    assertThat(report.isComplete()).isTrue();
    assertThat(local.text("a.txt")).contains("remote");
  }

  @Test
  void mkdirLocalCreatesTheFolder() throws IOException {
    remote.mkdirs(P, "d");
    SyncReport report = run(scan(), list(), new Action.MkdirLocal(path("d")));

    assertThat(report.isComplete()).isTrue();
    assertThat(local.folders()).containsExactly("d");
    assertThat(indexed("d").isFolder()).isTrue();
  }

  @Test
  void mkdirRemoteAcceptsAFolderThatAppearedMeanwhile() throws IOException {
    local.mkdirs("d");
    Snapshot r = list();
    remote.mkdirs(P, "d");
    SyncReport report = run(scan(), r, new Action.MkdirRemote(path("d")));

    assertThat(report.isComplete()).isTrue();
    assertThat(indexed("d").remote()).isNotNull();
  }

  @Test
  void mkdirRemoteFailsWhenAFileHoldsTheName() throws IOException {
    local.mkdirs("d");
    Snapshot r = list();
    remote.putFile(P, "d", "file");
    SyncReport report = run(scan(), r, new Action.MkdirRemote(path("d")));

    assertThat(report.failed()).hasSize(1);
    assertThat(remote.text(P, "d")).contains("file");
  }

  @Test
  void mkdirRemoteIsSkippedWhenTheFreshListingShowsAFile() throws IOException {
    local.mkdirs("d");
    Snapshot planned = list();
    remote.putFile(P, "d", "file");
    SyncReport report = runFresh(scan(), planned, list(), new Action.MkdirRemote(path("d")));

    assertThat(report.skipped()).hasSize(1);
    assertThat(remote.text(P, "d")).contains("file");
  }

  @Test
  void deleteRemoteRemovesTheUnchangedFileAndItsIndexEntry() throws IOException {
    remote.putFile(P, "a.txt", "x");
    Snapshot r = list();
    base = r;
    SyncReport report = run(scan(), r, new Action.DeleteRemote(path("a.txt"), at(r, "a.txt")));

    assertThat(report.isComplete()).isTrue();
    assertThat(remote.files(P)).isEmpty();
    assertThat(recorded).containsEntry(path("a.txt"), Optional.empty());
  }

  @Test
  void deleteRemoteOfSomethingAlreadyGoneIsDone() throws IOException {
    remote.putFile(P, "a.txt", "x");
    Snapshot planned = list();
    remote.remove(P, "a.txt");
    SyncReport report =
        runFresh(
            scan(), planned, list(), new Action.DeleteRemote(path("a.txt"), at(planned, "a.txt")));

    assertThat(report.isComplete()).isTrue();
    assertThat(remote.calls()).doesNotContain("delete a.txt");
  }

  @Test
  void deleteLocalRemovesTheUnchangedFile() throws IOException {
    local.write("d/a.txt", "x");
    Snapshot l = scan();
    base = l;
    SyncReport report =
        run(
            l,
            list(),
            new Action.DeleteLocal(path("d/a.txt"), at(l, "d/a.txt")),
            new Action.DeleteLocal(path("d"), at(l, "d")));

    assertThat(report.isComplete()).isTrue();
    assertThat(local.files()).isEmpty();
    assertThat(local.folders()).isEmpty();
    assertThat(recorded).containsEntry(path("d"), Optional.empty());
  }

  @Test
  void deleteLocalOfSomethingAlreadyGoneIsDone() throws IOException {
    local.write("a.txt", "x");
    Snapshot l = scan();
    local.remove("a.txt");
    SyncReport report = run(l, list(), new Action.DeleteLocal(path("a.txt"), at(l, "a.txt")));

    assertThat(report.isComplete()).isTrue();
  }

  @Test
  void moveRemoteRenamesKeepingTheIdAndMovesTheIndex() throws IOException {
    remote.putFile(P, "a.txt", "x");
    remote.mkdirs(P, "d");
    local.write("d/b.txt", "x");
    Snapshot r = list();
    base = Snapshot.of(List.of(at(r, "a.txt"), at(r, "d")));
    SyncReport report =
        run(scan(), r, new Action.MoveRemote(path("a.txt"), path("d/b.txt"), at(r, "a.txt")));

    assertThat(report.isComplete()).isTrue();
    assertThat(remote.files(P)).containsExactly(Map.entry("d/b.txt", "x"));
    assertThat(at(list(), "d/b.txt").remote()).isEqualTo(at(r, "a.txt").remote());
    assertThat(recorded).containsEntry(path("a.txt"), Optional.empty());
    assertThat(indexed("d/b.txt").remote()).isNotNull();
  }

  @Test
  void moveLocalRenamesAFolderWithItsContent() throws IOException {
    local.write("a/x.txt", "x");
    remote.putFile(P, "b/x.txt", "x");
    Snapshot l = scan();
    base = l;
    SyncReport report = run(l, list(), new Action.MoveLocal(path("a"), path("b"), at(l, "a")));

    assertThat(report.isComplete()).isTrue();
    assertThat(local.files()).containsExactly(Map.entry("b/x.txt", "x"));
    assertThat(recorded).containsEntry(path("a"), Optional.empty());
    assertThat(recorded).containsEntry(path("a/x.txt"), Optional.empty());
    assertThat(indexed("b/x.txt").remote()).isNotNull();
  }

  @Test
  void aConflictCopyMoveKeepsTheIndexOfBothNames() throws IOException {
    local.write("a.txt", "mine");
    remote.putFile(P, "a.txt", "theirs");
    Snapshot l = scan();
    SyncReport report =
        run(l, list(), new Action.MoveLocal(path("a.txt"), path("a-copy.txt"), at(l, "a.txt")));

    assertThat(report.isComplete()).isTrue();
    assertThat(recorded).isEmpty();
  }

  @Test
  void recordOnlyPutsAndDropsIndexEntries() throws IOException {
    Entry entry = Entry.file(path("a.txt"), 1, null, null);
    SyncReport report =
        run(
            scan(),
            list(),
            new Action.RecordOnly(path("a.txt"), Optional.of(entry)),
            new Action.RecordOnly(path("b.txt"), Optional.empty()));

    assertThat(report.done()).hasSize(2);
    assertThat(recorded)
        .containsEntry(path("a.txt"), Optional.of(entry))
        .containsEntry(path("b.txt"), Optional.empty());
  }

  // ---- parallelism ---------------------------------------------------------------------

  @Test
  void transfersRunInParallelUpToTheJobLimit() throws IOException {
    jobs = 3;
    CyclicBarrier three = new CyclicBarrier(3);
    remote.setFaults(
        new FaultInjector() {
          @Override
          public void before(String operation, String path) throws IOException {
            if (!operation.equals("upload")) {
              return;
            }
            try {
              three.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
              throw new IOException("fewer than three transfers ran at once", e);
            }
          }
        });
    Action[] uploads = new Action[12];
    for (int i = 0; i < 12; i++) {
      local.write("f" + i, "content " + i);
    }
    Snapshot l = scan();
    for (int i = 0; i < 12; i++) {
      uploads[i] = new Action.Upload(path("f" + i), at(l, "f" + i), Optional.empty());
    }
    SyncReport report = run(l, list(), uploads);

    assertThat(report.isComplete()).isTrue();
    assertThat(remote.maxConcurrentTransfers()).isEqualTo(3);
  }

  @Test
  void oneJobRunsActionsOneAtATimeInPlanOrder() throws IOException {
    jobs = 1;
    for (int i = 0; i < 5; i++) {
      remote.putFile(P, "f" + i, "c" + i);
    }
    Snapshot r = list();
    Action[] downloads = new Action[5];
    for (int i = 0; i < 5; i++) {
      downloads[i] = new Action.Download(path("f" + i), at(r, "f" + i), Optional.empty());
    }
    run(scan(), r, downloads);

    assertThat(remote.maxConcurrentTransfers()).isEqualTo(1);
    assertThat(events.done()).containsExactly(downloads);
  }

  @Test
  void aBusyServerStopsTheRunKeepingWhatFinished() throws IOException {
    jobs = 1;
    remote.setFaults(
        new FaultInjector() {
          @Override
          public void before(String operation, String path) throws IOException {
            if (operation.equals("upload") && path.endsWith("f3")) {
              throw new ServerBusyException("busy", java.time.Instant.EPOCH);
            }
          }
        });
    Action[] uploads = new Action[6];
    for (int i = 0; i < 6; i++) {
      local.write("f" + i, "content " + i);
    }
    Snapshot l = scan();
    for (int i = 0; i < 6; i++) {
      uploads[i] = new Action.Upload(path("f" + i), at(l, "f" + i), Optional.empty());
    }

    assertThatThrownBy(() -> run(l, list(), uploads)).isInstanceOf(ServerBusyException.class);

    assertThat(recorded).containsOnlyKeys(path("f0"), path("f1"), path("f2"));
    assertThat(remote.files(P)).containsOnlyKeys("f0", "f1", "f2");
    assertThat(events.events(SyncEvent.ActionStarted.class)).hasSize(4);
  }

  // ---- P7 re-checks --------------------------------------------------------------------

  @Test
  void downloadIsSkippedWhenALocalFileAppearedAfterPlanning() throws IOException {
    remote.putFile(P, "a.txt", "remote");
    Snapshot l = scan();
    Snapshot r = list();
    local.write("a.txt", "written meanwhile");
    SyncReport report =
        run(l, r, new Action.Download(path("a.txt"), at(r, "a.txt"), Optional.empty()));

    assertThat(report.skipped()).extracting(Skip::path).containsExactly(path("a.txt"));
    assertThat(local.text("a.txt")).contains("written meanwhile");
    assertThat(recorded).isEmpty();
  }

  @Test
  void downloadIsNotCommittedWhenTheLocalFileChangesDuringTheTransfer() throws IOException {
    remote.putFile(P, "a.txt", "remote");
    local.write("a.txt", "local");
    Snapshot l = scan();
    Snapshot r = list();
    remote.setFaults(
        new FaultInjector() {
          @Override
          public void before(String operation, String p) {
            local.write("a.txt", "edited during download");
          }
        });
    SyncReport report =
        run(l, r, new Action.Download(path("a.txt"), at(r, "a.txt"), Optional.of(at(l, "a.txt"))));

    assertThat(report.failed()).hasSize(1);
    assertThat(local.text("a.txt")).contains("edited during download");
    assertThat(local.pendingFiles()).isZero();
  }

  @Test
  void localDeleteIsSkippedWhenTheFileChangedEvenWithTheSameStamp() throws IOException {
    local.write("a.txt", "aaaa");
    Snapshot l = scan();
    local.writeKeepingStamp("a.txt", "bbbb");
    SyncReport report = run(l, list(), new Action.DeleteLocal(path("a.txt"), at(l, "a.txt")));

    assertThat(report.skipped()).hasSize(1);
    assertThat(local.text("a.txt")).contains("bbbb");
  }

  @Test
  void uploadIsSkippedWhenTheRemoteFileChangedSincePlanning() throws IOException {
    remote.putFile(P, "a.txt", "old");
    local.write("a.txt", "new");
    Snapshot planned = list();
    Snapshot l = scan();
    remote.putFile(P, "a.txt", "someone else");
    SyncReport report =
        runFresh(
            l,
            planned,
            list(),
            new Action.Upload(path("a.txt"), at(l, "a.txt"), Optional.of(at(planned, "a.txt"))));

    assertThat(report.skipped()).hasSize(1);
    assertThat(remote.text(P, "a.txt")).contains("someone else");
  }

  @Test
  void remoteDeleteIsSkippedWhenTheFileChangedSincePlanning() throws IOException {
    remote.putFile(P, "a.txt", "old");
    Snapshot planned = list();
    remote.putFile(P, "a.txt", "edited");
    SyncReport report =
        runFresh(
            scan(), planned, list(), new Action.DeleteRemote(path("a.txt"), at(planned, "a.txt")));

    assertThat(report.skipped()).hasSize(1);
    assertThat(remote.text(P, "a.txt")).contains("edited");
  }

  @Test
  void remoteFolderDeleteIsSkippedWhenSomethingAppearedInside() throws IOException {
    remote.putFile(P, "d/a.txt", "old");
    Snapshot planned = list();
    remote.putFile(P, "d/new.txt", "new");
    SyncReport report =
        runFresh(scan(), planned, list(), new Action.DeleteRemote(path("d"), at(planned, "d")));

    assertThat(report.skipped()).hasSize(1);
    assertThat(remote.files(P)).containsKeys("d/a.txt", "d/new.txt");
  }

  @Test
  void newUploadMeetingANewRemoteFileIsACreateCreateConflictNotAnOverwrite() throws IOException {
    local.write("a.txt", "mine");
    Snapshot l = scan();
    Snapshot planned = list();
    remote.putFile(P, "a.txt", "theirs");
    SyncReport report =
        run(l, planned, new Action.Upload(path("a.txt"), at(l, "a.txt"), Optional.empty()));

    assertThat(report.skipped())
        .singleElement()
        .satisfies(s -> assertThat(s.reason()).contains("create/create"));
    assertThat(remote.text(P, "a.txt")).contains("theirs");
    assertThat(recorded).isEmpty();
  }

  @Test
  void movesAreSkippedWhenTheSourceChanged() throws IOException {
    local.write("a.txt", "x");
    remote.putFile(P, "r.txt", "y");
    Snapshot l = scan();
    Snapshot r = list();
    local.write("a.txt", "changed");
    remote.remove(P, "r.txt");
    SyncReport report =
        runFresh(
            l,
            r,
            list(),
            new Action.MoveLocal(path("a.txt"), path("b.txt"), at(l, "a.txt")),
            new Action.MoveRemote(path("r.txt"), path("s.txt"), at(r, "r.txt")));

    assertThat(report.skipped()).hasSize(2);
    assertThat(local.files()).containsOnlyKeys("a.txt");
  }

  @Test
  void moveRemoteIsSkippedWhenTheDestinationAppeared() throws IOException {
    remote.putFile(P, "a.txt", "x");
    Snapshot r = list();
    remote.putFile(P, "b.txt", "other");
    SyncReport report =
        run(scan(), r, new Action.MoveRemote(path("a.txt"), path("b.txt"), at(r, "a.txt")));

    assertThat(report.skipped()).hasSize(1);
    assertThat(remote.files(P)).containsEntry("a.txt", "x").containsEntry("b.txt", "other");
  }

  // ---- verification and failures -------------------------------------------------------

  @Test
  void downloadWithAWrongHashCommitsNothing() throws IOException {
    remote.putFile(P, "a.txt", "remote");
    remote.setCorruptDownloads(true);
    Snapshot r = list();
    SyncReport report =
        run(scan(), r, new Action.Download(path("a.txt"), at(r, "a.txt"), Optional.empty()));

    assertThat(report.failed())
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("hash"));
    assertThat(local.files()).isEmpty();
    assertThat(local.pendingFiles()).isZero();
    assertThat(recorded).isEmpty();
  }

  @Test
  void uploadWhoseHashOsfReportsDiffersIsNotRecorded() throws IOException {
    local.write("a.txt", "mine");
    remote.setCorruptUploads(true);
    Snapshot l = scan();
    SyncReport report =
        run(l, list(), new Action.Upload(path("a.txt"), at(l, "a.txt"), Optional.empty()));

    assertThat(report.failed())
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("hash"));
    assertThat(recorded).isEmpty();
  }

  @Test
  void fileChangedDuringUploadDoesNotAdvanceTheIndex() throws IOException {
    local.write("a.txt", "mine");
    Snapshot l = scan();
    remote.setFaults(
        new FaultInjector() {
          @Override
          public void after(String operation, String p) {
            local.write("a.txt", "edited during upload");
          }
        });
    SyncReport report =
        run(l, list(), new Action.Upload(path("a.txt"), at(l, "a.txt"), Optional.empty()));

    assertThat(report.failed())
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("changed during upload"));
    assertThat(recorded).isEmpty();
  }

  @Test
  void oneFailureDoesNotStopTheOthers() throws IOException {
    for (String name : List.of("a", "b", "c")) {
      remote.putFile(P, name, name);
    }
    Snapshot r = list();
    remote.putFile(P, "b", "changed after listing");
    SyncReport report =
        run(
            scan(),
            r,
            new Action.Download(path("a"), at(r, "a"), Optional.empty()),
            new Action.Download(path("b"), at(r, "b"), Optional.empty()),
            new Action.Download(path("c"), at(r, "c"), Optional.empty()));

    assertThat(report.failed()).extracting(f -> f.action().path()).containsExactly(path("b"));
    assertThat(local.files()).containsOnlyKeys("a", "c");
  }

  @Test
  void aFailedMkdirSkipsEverythingInside() throws IOException {
    local.write("d/x.txt", "x");
    local.write("y.txt", "y");
    remote.setFaults(
        new FaultInjector() {
          @Override
          public void before(String operation, String p) throws IOException {
            if (operation.equals("mkdir")) {
              throw new IOException("injected");
            }
          }
        });
    Snapshot l = scan();
    SyncReport report =
        run(
            l,
            list(),
            new Action.MkdirRemote(path("d")),
            new Action.Upload(path("d/x.txt"), at(l, "d/x.txt"), Optional.empty()),
            new Action.Upload(path("y.txt"), at(l, "y.txt"), Optional.empty()));

    assertThat(report.failed()).extracting(f -> f.action().path()).containsExactly(path("d"));
    assertThat(report.skipped())
        .singleElement()
        .satisfies(s -> assertThat(s.reason()).contains("earlier action on d"));
    assertThat(report.done()).extracting(Action::path).containsExactly(path("y.txt"));
  }

  @Test
  void theReportListsThePlansSkippedPaths() throws IOException {
    Plan plan =
        new Plan(
            List.of(), List.of(), List.of(new Skip(path("bad"), "unreadable")), new Safety.Safe());
    SyncReport report =
        executor().execute(ExecutorInput.of(plan, base, scan(), list()), recorded::put);

    assertThat(report.skipped()).containsExactly(new Skip(path("bad"), "unreadable"));
  }

  @Test
  void interruptStopsTheRunAndKeepsWhatFinished() throws IOException {
    jobs = 1;
    remote.putFile(P, "a", "a");
    remote.putFile(P, "b", "b");
    Snapshot r = list();
    Thread runner = Thread.currentThread();
    remote.setFaults(
        new FaultInjector() {
          @Override
          public void after(String operation, String p) {
            runner.interrupt();
          }
        });
    assertThatThrownBy(
            () ->
                run(
                    scan(),
                    r,
                    new Action.Download(path("a"), at(r, "a"), Optional.empty()),
                    new Action.Download(path("b"), at(r, "b"), Optional.empty())))
        .isInstanceOf(InterruptedIOException.class);

    assertThat(Thread.interrupted()).isTrue();
    assertThat(local.files()).containsOnlyKeys("a");
    assertThat(recorded).containsOnlyKeys(path("a"));
  }

  @Test
  void aStopSignalStartsNoNewActionAndRecordsWhatFinished() throws IOException {
    jobs = 1;
    remote.putFile(P, "a", "a");
    remote.putFile(P, "b", "b");
    remote.putFile(P, "c", "c");
    Snapshot r = list();
    StopSignal stop = new StopSignal();
    remote.setFaults(
        new FaultInjector() {
          @Override
          public void after(String operation, String p) {
            stop.stop("test");
          }
        });
    Plan plan = plan(download(r, "a"), download(r, "b"), download(r, "c"));

    assertThatThrownBy(() -> executor().execute(input(plan, r), recorded::put, stop))
        .isInstanceOfSatisfying(
            SyncCancelledException.class,
            e -> {
              assertThat(e.report().done()).containsExactly(download(r, "a"));
              assertThat(e.report().skipped())
                  .extracting(Skip::path)
                  .containsExactly(path("b"), path("c"));
            });
    assertThat(local.files()).containsOnlyKeys("a");
    assertThat(recorded).containsOnlyKeys(path("a"));
    events.assertEveryStartedActionEnded();
  }

  @Test
  void anActionStillRunningAfterTheGraceIsAbandoned() throws IOException {
    remote.putFile(P, "a", "a");
    Snapshot r = list();
    StopSignal stop = new StopSignal();
    CountDownLatch never = new CountDownLatch(1);
    remote.setFaults(
        new FaultInjector() {
          @Override
          public void before(String operation, String p) throws IOException {
            stop.stop("test");
            try {
              never.await();
            } catch (InterruptedException e) {
              throw new InterruptedIOException("abandoned");
            }
          }
        });
    Plan plan = plan(download(r, "a"));

    assertThatThrownBy(() -> executor().execute(input(plan, r), recorded::put, stop))
        .isInstanceOfSatisfying(
            SyncCancelledException.class, e -> assertThat(e.report().done()).isEmpty());
    assertThat(local.files()).isEmpty();
    assertThat(recorded).isEmpty();
  }

  @Test
  void anUnreachableServerStopsTheRunAndKeepsWhatFinished() throws IOException {
    jobs = 1;
    for (String name : List.of("a", "b", "c")) {
      local.write(name, name);
    }
    Snapshot l = scan();
    remote.setFaults(
        new FaultInjector() {
          @Override
          public void before(String operation, String p) throws IOException {
            if (p.endsWith("b")) {
              throw new ServerUnreachableException("cannot reach the server h:1");
            }
          }
        });
    Action a = new Action.Upload(path("a"), at(l, "a"), Optional.empty());
    Action b = new Action.Upload(path("b"), at(l, "b"), Optional.empty());
    Action c = new Action.Upload(path("c"), at(l, "c"), Optional.empty());

    assertThatThrownBy(() -> run(l, list(), a, b, c))
        .isInstanceOfSatisfying(
            ServerUnreachableException.class,
            e -> {
              assertThat(e).hasMessage("cannot reach the server h:1");
              SyncReport report = e.report().orElseThrow();
              assertThat(report.done()).containsExactly(a);
              assertThat(report.failed()).extracting(SyncReport.Failure::action).containsExactly(b);
              assertThat(report.skipped()).extracting(Skip::path).containsExactly(path("c"));
            });
    assertThat(recorded).containsOnlyKeys(path("a"));
  }

  @Test
  void anErrorInATransferStopsTheRunLikeACrash() throws IOException {
    local.write("a", "a");
    Snapshot l = scan();
    remote.setFaults(
        new FaultInjector() {
          @Override
          public void before(String operation, String p) {
            throw new SimulatedCrash();
          }
        });
    assertThatThrownBy(
            () -> run(l, list(), new Action.Upload(path("a"), at(l, "a"), Optional.empty())))
        .isInstanceOf(SimulatedCrash.class);
    assertThat(recorded).isEmpty();
  }

  // ---- rarer paths ---------------------------------------------------------------------

  @Test
  void fileDeletedDuringUploadDoesNotAdvanceTheIndex() throws IOException {
    local.write("a.txt", "mine");
    Snapshot l = scan();
    remote.setFaults(
        new FaultInjector() {
          @Override
          public void after(String operation, String p) {
            local.remove("a.txt");
          }
        });
    SyncReport report =
        run(l, list(), new Action.Upload(path("a.txt"), at(l, "a.txt"), Optional.empty()));

    assertThat(report.failed()).hasSize(1);
    assertThat(recorded).isEmpty();
  }

  @Test
  void uploadIntoAMissingRemoteFolderFails() throws IOException {
    local.write("d/a.txt", "x");
    remote.putFile(P, "e", "a file");
    local.write("e/b.txt", "y");
    Snapshot l = scan();
    SyncReport report =
        run(
            l,
            list(),
            new Action.Upload(path("d/a.txt"), at(l, "d/a.txt"), Optional.empty()),
            new Action.Upload(path("e/b.txt"), at(l, "e/b.txt"), Optional.empty()));

    assertThat(report.failed())
        .allSatisfy(f -> assertThat(f.message()).contains("no folder on OSF"));
    assertThat(report.failed()).hasSize(2);
  }

  @Test
  void mkdirRemoteFailsWhenTheNameIsTakenByAnUnknownEntry() throws IOException {
    local.mkdirs("d");
    remote.setFaults(
        new FaultInjector() {
          @Override
          public void before(String operation, String p) throws IOException {
            if (operation.equals("mkdir")) {
              throw new NameTakenException("taken", null);
            }
          }
        });
    SyncReport report = run(scan(), list(), new Action.MkdirRemote(path("d")));

    assertThat(report.failed()).hasSize(1);
  }

  @Test
  void mkdirRemoteOfAFolderAlreadyThereCallsNothing() throws IOException {
    local.mkdirs("d");
    remote.mkdirs(P, "d");
    SyncReport report = run(scan(), list(), new Action.MkdirRemote(path("d")));

    assertThat(report.isComplete()).isTrue();
    assertThat(remote.calls()).doesNotContain("mkdir d");
  }

  @Test
  void moveRemoteIsSkippedWhenTheSourceIsGone() throws IOException {
    remote.putFile(P, "a.txt", "x");
    Snapshot planned = list();
    remote.remove(P, "a.txt");
    SyncReport report =
        runFresh(
            scan(),
            planned,
            list(),
            new Action.MoveRemote(path("a.txt"), path("b.txt"), at(planned, "a.txt")));

    assertThat(report.skipped()).hasSize(1);
  }

  @Test
  void moveRemoteIsSkippedWhenTheDestinationIsTakenOnTheServer() throws IOException {
    remote.putFile(P, "a.txt", "x");
    Snapshot r = list();
    remote.setFaults(
        new FaultInjector() {
          @Override
          public void before(String operation, String p) throws IOException {
            throw new NameTakenException("taken", null);
          }
        });
    SyncReport report =
        run(scan(), r, new Action.MoveRemote(path("a.txt"), path("b.txt"), at(r, "a.txt")));

    assertThat(report.skipped()).hasSize(1);
  }

  @Test
  void moveLocalIsSkippedWhenTheDestinationExists() throws IOException {
    local.write("a.txt", "x");
    Snapshot l = scan();
    local.write("b.txt", "appeared");
    SyncReport report =
        run(l, list(), new Action.MoveLocal(path("a.txt"), path("b.txt"), at(l, "a.txt")));

    assertThat(report.skipped()).hasSize(1);
    assertThat(local.files()).containsEntry("b.txt", "appeared").containsEntry("a.txt", "x");
  }

  @Test
  void moveLocalIsSkippedWhenTheSourceIsGone() throws IOException {
    local.write("a.txt", "x");
    Snapshot l = scan();
    local.remove("a.txt");
    SyncReport report =
        run(l, list(), new Action.MoveLocal(path("a.txt"), path("b.txt"), at(l, "a.txt")));

    assertThat(report.skipped()).hasSize(1);
  }

  @Test
  void remoteFolderDeleteIsSkippedWhenAFileInsideChanged() throws IOException {
    remote.putFile(P, "d/a.txt", "old");
    Snapshot planned = list();
    remote.putFile(P, "d/a.txt", "edited");
    SyncReport report =
        runFresh(scan(), planned, list(), new Action.DeleteRemote(path("d"), at(planned, "d")));

    assertThat(report.skipped()).hasSize(1);
    assertThat(remote.files(P)).containsEntry("d/a.txt", "edited");
  }

  // ---- helpers -------------------------------------------------------------------------

  /** Thrown by a fake to stop a run as a killed process would. */
  static final class SimulatedCrash extends Error {
    private static final long serialVersionUID = 1L;
  }

  private SyncReport run(Snapshot l, Snapshot r, Action... actions) throws IOException {
    return runFresh(l, r, r, actions);
  }

  private SyncReport runFresh(Snapshot l, Snapshot planned, Snapshot fresh, Action... actions)
      throws IOException {
    Plan plan = new Plan(List.of(actions), List.of(), List.of(), new Safety.Safe());
    SyncReport report =
        executor().execute(new ExecutorInput(plan, base, l, planned, fresh), recorded::put);
    events.assertEveryStartedActionEnded();
    return report;
  }

  private static Plan plan(Action... actions) {
    return new Plan(List.of(actions), List.of(), List.of(), new Safety.Safe());
  }

  private ExecutorInput input(Plan plan, Snapshot r) throws IOException {
    return new ExecutorInput(plan, base, scan(), r, r);
  }

  private static Action download(Snapshot r, String name) {
    return new Action.Download(path(name), at(r, name), Optional.empty());
  }

  private Executor executor() {
    return new Executor(remote, local, P, SyncOptions.DEFAULTS.withJobs(jobs), events);
  }

  private Snapshot scan() throws IOException {
    return local.scan(base);
  }

  private Snapshot list() throws IOException {
    return remote.list(P);
  }

  private Entry indexed(String value) {
    Optional<Entry> entry = recorded.get(path(value));
    assertThat(entry).as("recorded " + value).isNotNull();
    return java.util.Objects.requireNonNull(entry).orElseThrow();
  }

  private static Entry at(Snapshot snapshot, String value) {
    return snapshot.get(path(value)).orElseThrow();
  }

  private static RelPath path(String value) {
    return RelPath.of(value);
  }
}
