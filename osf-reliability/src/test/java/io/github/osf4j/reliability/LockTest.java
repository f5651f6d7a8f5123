package io.github.osf4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osf4j.testkit.Fault;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project lock through the real {@code osf4j} command: two runs at once, a lock left by a dead
 * process (taken over with one line), and a lock of another host ({@code --break-lock}).
 */
final class LockTest {

  @Test
  void twoRunsAtOnceOneWorksTheOtherStopsClearly(@TempDir Path home) throws IOException {
    try (Rig rig = Rig.start(home, 61)) {
      rig.server.faults().add(Fault.latency(Duration.ofMillis(100)));
      Workload work = new Workload(rig, 61);
      work.seed(100);
      rig.create().close();
      int before = rig.server.requests().count();
      CliChild first = CliChild.sync(rig);
      assertThat(first.awaitWhileAlive(() -> rig.server.requests().count() - before >= 3))
          .as("the first run is under way")
          .isTrue();

      CliChild second = CliChild.sync(rig);

      assertThat(second.exitCode()).as(second.output()).isEqualTo(4);
      assertThat(second.output())
          .contains("locked by another osf4j run")
          .contains("process " + first.pid())
          .contains("locked ")
          .contains("nothing was changed");
      assertThat(first.exitCode()).as(first.output()).isZero();
      assertThat(InterruptTest.lockFiles(rig)).isEmpty();
      assertThat(new Verifier(rig).differences(work.expected(), rig.store.load().base())).isEmpty();
    }
  }

  @Test
  void aLockLeftByADeadProcessIsTakenOverWithOneLine(@TempDir Path home) throws IOException {
    try (Rig rig = Rig.start(home, 62)) {
      Files.writeString(rig.root.resolve("a.txt"), "a");
      rig.create().close();
      writeLock(rig, deadPid(), hostName());

      CliChild run = CliChild.sync(rig);

      assertThat(run.exitCode()).as(run.output()).isZero();
      assertThat(run.lines("took over a stale lock")).as(run.output()).hasSize(1);
      assertThat(InterruptTest.lockFiles(rig)).isEmpty();
      assertThat(Trees.remoteFiles(rig.remote, rig.projectId)).containsOnlyKeys("a.txt");
    }
  }

  @Test
  void anotherHostsLockStopsEveryRunUntilBreakLock(@TempDir Path home) throws IOException {
    try (Rig rig = Rig.start(home, 63)) {
      Files.writeString(rig.root.resolve("a.txt"), "a");
      rig.create().close();
      writeLock(rig, 4242, "lab-server-7");

      CliChild status = CliChild.start(rig.configDir, "status", rig.projectFile.toString());
      CliChild sync = CliChild.sync(rig);

      assertThat(status.exitCode()).as(status.output()).isEqualTo(4);
      assertThat(sync.exitCode()).as(sync.output()).isEqualTo(4);
      assertThat(sync.output())
          .contains("process 4242 on host lab-server-7")
          .contains("another host")
          .contains("days ago")
          .contains("--break-lock");
      assertThat(Trees.remoteFiles(rig.remote, rig.projectId)).isEmpty();

      CliChild broken = CliChild.sync(rig, "--break-lock");

      assertThat(broken.exitCode()).as(broken.output()).isZero();
      assertThat(broken.lines("broke the lock of process 4242")).hasSize(1);
      assertThat(InterruptTest.lockFiles(rig)).isEmpty();
      assertThat(Trees.remoteFiles(rig.remote, rig.projectId)).containsOnlyKeys("a.txt");
    }
  }

  private static void writeLock(Rig rig, long pid, String host) throws IOException {
    Instant started = Instant.now().minus(Duration.ofDays(3));
    Files.writeString(
        rig.meta.resolve(rig.projectFile.getFileName() + ".lock"),
        "{\"format\":1,\"pid\":"
            + pid
            + ",\"host\":\""
            + host
            + "\",\"started\":\""
            + started
            + "\"}");
  }

  /** The pid of a process that has ended. */
  private static long deadPid() throws IOException {
    Process p = new ProcessBuilder("true").start();
    try {
      p.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted");
    }
    return p.pid();
  }

  /** The host name osf4j writes in its locks. */
  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      String fromEnv = System.getenv("HOSTNAME");
      return fromEnv != null ? fromEnv : "localhost";
    }
  }
}
