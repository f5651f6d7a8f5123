package io.github.osf4j.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.osf4j.core.ServerBusyException;
import io.github.osf4j.testkit.Fault;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One cap for every Retry-After: a 503 asking for a day stops the run instead of sleeping. */
final class LongRetryAfterTest {
  private final Emulator emu = Emulator.start();
  private final String node = emu.server.createProject("P");

  @AfterEach
  void stop() {
    emu.close();
  }

  @Test
  void aMaintenance503AskingForLongerThanMaxWaitStopsAtOnce() {
    emu.server.faults().add(Fault.maintenance(100_000));

    assertThatThrownBy(() -> emu.storage().list(node))
        .isInstanceOf(ServerBusyException.class)
        .hasMessageContaining("HTTP 503")
        .hasMessageContaining("asks to wait 27 h 47 min, longer than the")
        .hasMessageContaining("this run waits");
    assertThat(emu.waits).allMatch(w -> w.compareTo(emu.config().maxWait()) <= 0);
  }

  @Test
  void aShortMaintenancePauseIsWaitedOut() throws Exception {
    emu.server.faults().add(Fault.maintenance(3).times(1));

    assertThat(emu.storage().list(node).problems()).isEmpty();
    assertThat(emu.waits).contains(Duration.ofSeconds(3));
  }
}
