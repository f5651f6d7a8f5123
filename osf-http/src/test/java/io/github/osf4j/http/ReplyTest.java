package io.github.osf4j.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.osf4j.core.AccessToken;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A reply holds one slot of the concurrency limit until closed or read to the end. */
final class ReplyTest {

  @Test
  void readingTheWholeBodyFreesTheSlotBeforeClose() {
    try (Emulator emu = Emulator.start()) {
      String node = emu.server.createProject("p");
      OsfHttpConfig config = emu.config().toBuilder().concurrency(1).build();
      Transport transport =
          new Transport(
              Transport.newClient(config),
              config,
              null,
              new HostGates(1, Duration.ofMinutes(1), Clock.systemUTC(), d -> {}, e -> {}),
              "test");
      URI uri = URI.create(emu.server.filesUrl() + "resources/" + node + "/providers/osfstorage/");
      Credentials credentials = Credentials.bearer(new AccessToken(Emulator.TOKEN));

      assertTimeoutPreemptively(
          Duration.ofSeconds(20),
          () -> {
            Reply first = transport.exchange(Req.get(uri, credentials));
            byte[] body = first.bytes();
            // The slot is free although `first` is not closed: this would wait forever otherwise.
            try (Reply second = transport.exchange(Req.get(uri, credentials))) {
              assertThat(second.bytes()).isEqualTo(body);
            }
            first.close();
          });
    }
  }
}
