package io.github.osf4j.store.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import io.github.osf4j.core.ProjectLockedException;
import io.github.osf4j.core.ProjectStore;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ProjectLockTest {

  private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
  private final Path file = fs.getPath("/p/osf4j.json");
  private final Path lockFile = fs.getPath("/p/osf4j.json.lock");
  private final List<Long> probed = new ArrayList<>();

  @TempDir Path temp;

  ProjectLockTest() throws IOException {
    Files.createDirectories(file.getParent());
  }

  @AfterEach
  void closeFileSystem() throws IOException {
    fs.close();
  }

  @Test
  void theLockFileNamesPidHostAndStartTimeUntilClosed() throws IOException {
    ProjectStore store = store(100, "host-a", true);

    try (ProjectStore.Lock lock = store.lock()) {
      JsonNode info = new ObjectMapper().readTree(Files.readString(lockFile));
      assertThat(info.get("pid").asLong()).isEqualTo(100);
      assertThat(info.get("host").asText()).isEqualTo("host-a");
      assertThat(Instant.parse(info.get("started").asText())).isEqualTo(Fixtures.CLOCK.instant());
      assertThat(lock.toString()).contains("process 100");
    }

    assertThat(Files.exists(lockFile)).isFalse();
  }

  @Test
  void aSecondRunIsRefusedWhileTheFirstHoldsTheLock() throws IOException {
    try (ProjectStore.Lock lock = store(100, "host-a", true).lock()) {
      ProjectStore other = store(200, "host-a", true);

      assertThatThrownBy(other::lock)
          .isInstanceOf(ProjectLockedException.class)
          .hasMessageContaining("locked by another osf4j run")
          .hasMessageContaining("process 100 on host host-a")
          .hasMessageContaining("2026-11-26T14:30:05Z")
          .hasMessageContaining(lockFile.toString());
      assertThat(probed).containsExactly(100L);
    }
    try (ProjectStore.Lock again = store(200, "host-a", true).lock()) {
      assertThat(Files.exists(lockFile)).isTrue();
    }
  }

  @Test
  void aStaleLockOfADeadProcessOnThisHostIsTakenOverWithANotice() throws IOException {
    store(100, "host-a", true).lock();
    ProjectStore next = store(200, "host-a", false);

    try (ProjectStore.Lock lock = next.lock()) {
      assertThat(lock.notice())
          .hasValueSatisfying(
              n ->
                  assertThat(n)
                      .contains("took over a stale lock")
                      .contains("process 100 on host host-a")
                      .contains("no longer running"));
      assertThat(Files.readString(lockFile)).contains("\"pid\":200");
    }
    assertThat(Files.exists(lockFile)).isFalse();
  }

  @Test
  void aFreshLockHasNoNotice() throws IOException {
    try (ProjectStore.Lock lock = store(100, "host-a", true).lock()) {
      assertThat(lock.notice()).isEmpty();
    }
  }

  @Test
  void aLockFromAnotherHostIsNeverCalledStaleButCanBeBroken() throws IOException {
    store(100, "host-b", true).lock();

    assertThatThrownBy(store(200, "host-a", false)::lock)
        .isInstanceOf(ProjectLockedException.class)
        .hasMessageContaining("locked by another osf4j run")
        .hasMessageContaining("host host-b")
        .hasMessageContaining("another host")
        .hasMessageContaining("--break-lock");
    assertThat(probed).isEmpty();

    try (ProjectStore.Lock lock = store(200, "host-a", false).breakLock()) {
      assertThat(lock.notice())
          .hasValueSatisfying(n -> assertThat(n).contains("broke the lock of process 100"));
      assertThat(Files.readString(lockFile)).contains("\"pid\":200");
    }
  }

  @Test
  void aLiveProcessesLockNamesHostPidAndAgeAndBreakLockBreaksIt() throws IOException {
    store(100, "host-a", true).lock();

    assertThatThrownBy(store(200, "host-a", true)::lock)
        .isInstanceOf(ProjectLockedException.class)
        .hasMessageContaining("process 100 on host host-a")
        .hasMessageContaining("locked 0 s ago")
        .hasMessageContaining("--break-lock");

    try (ProjectStore.Lock lock = store(200, "host-a", true).breakLock()) {
      assertThat(Files.readString(lockFile)).contains("\"pid\":200");
    }
  }

  @Test
  void anUnreadableLockFileWhoseRunIsGoneIsTakenOver() throws IOException {
    Files.write(lockFile, "{\"pid\": 1".getBytes(UTF_8));

    try (ProjectStore.Lock lock = store(200, "host-a", true).lock()) {
      assertThat(lock.notice())
          .hasValueSatisfying(n -> assertThat(n).contains("unreadable lock file"));
    }
  }

  @Test
  void closingLeavesALockThatIsNoLongerOurs() throws IOException {
    ProjectStore.Lock lock = store(100, "host-a", true).lock();
    Files.delete(lockFile);
    ProjectStore.Lock other = store(200, "host-a", true).lock();

    lock.close();
    lock.close();

    assertThat(Files.readString(lockFile)).contains("\"pid\":200");
    other.close();
    assertThat(Files.exists(lockFile)).isFalse();
  }

  @Test
  void theSystemProbeSeesThisProcessAliveAndAnUnusedPidDead() {
    ProcessProbe system = ProcessProbe.system();
    long self = ProcessHandle.current().pid();

    assertThat(system.isAlive(self, Instant.now())).isTrue();
    assertThat(system.isAlive(self, Instant.parse("2000-01-01T00:00:00Z"))).isFalse();
    assertThat(system.isAlive(Long.MAX_VALUE, Instant.now())).isFalse();
  }

  @Test
  void locksWorkOnARealFolder() throws IOException {
    ProjectStore store = JsonStores.projectStore(temp.resolve("osf4j.json"));
    try (ProjectStore.Lock lock = store.lock()) {
      assertThatThrownBy(JsonStores.projectStore(temp.resolve("osf4j.json"))::lock)
          .isInstanceOf(ProjectLockedException.class)
          .hasMessageContaining("process " + ProcessHandle.current().pid());
    }
    assertThat(Files.exists(temp.resolve("osf4j.json.lock"))).isFalse();
  }

  @Test
  void onARealFolderAHeldOsLockIsNeverTakenOverEvenWhenTheProbeSaysDead() throws IOException {
    Path real = temp.resolve("osf4j.json");
    JsonProjectStoreFactory dead =
        new JsonProjectStoreFactory(
            Fixtures.locker((owner, at) -> false, 300, "host-a"), UnaryOperator.identity());
    try (ProjectStore.Lock held = dead.open(real).lock()) {
      assertThatThrownBy(dead.open(real)::lock)
          .isInstanceOf(ProjectLockedException.class)
          .hasMessageContaining("process 300");
    }
  }

  @Test
  void onARealFolderALockLeftOpenByADeadRunIsTakenOverOnce() throws IOException {
    Path real = temp.resolve("osf4j.json");
    Files.writeString(
        temp.resolve("osf4j.json.lock"),
        "{\"format\":1,\"pid\":7,\"host\":\"host-a\",\"started\":\"2026-11-26T14:00:00Z\"}");
    JsonProjectStoreFactory next =
        new JsonProjectStoreFactory(
            Fixtures.locker((owner, at) -> owner == 400, 400, "host-a"), UnaryOperator.identity());

    try (ProjectStore.Lock first = next.open(real).lock()) {
      assertThat(first.notice()).hasValueSatisfying(n -> assertThat(n).contains("process 7"));
      assertThatThrownBy(next.open(real)::lock).isInstanceOf(ProjectLockedException.class);
    }
  }

  private ProjectStore store(long pid, String host, boolean alive) {
    ProcessProbe probe =
        (owner, at) -> {
          probed.add(owner);
          return alive;
        };
    return new JsonProjectStoreFactory(Fixtures.locker(probe, pid, host), UnaryOperator.identity())
        .open(file);
  }
}
