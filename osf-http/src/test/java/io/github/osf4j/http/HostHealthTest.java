package io.github.osf4j.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.osf4j.core.ServerException;
import io.github.osf4j.core.ServerUnreachableException;
import io.github.osf4j.testkit.fakes.MutableClock;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import org.junit.jupiter.api.Test;

final class HostHealthTest {
  private static final URI API = URI.create("http://127.0.0.1:4567/v2/nodes/");
  private static final URI OTHER = URI.create("https://files.example.org/v1/");

  private final MutableClock clock = new MutableClock();
  private final HostHealth health = new HostHealth(clock);

  @Test
  void aRunOfRefusedConnectionsMarksTheHostGoneNamingHostAndPort() throws IOException {
    for (int i = 1; i < HostHealth.UNREACHABLE_AFTER; i++) {
      health.failed(API, new ConnectException());
    }
    assertThatThrownBy(() -> health.failed(API, new ConnectException()))
        .isInstanceOf(ServerUnreachableException.class)
        .hasMessageContaining("127.0.0.1:4567")
        .hasMessageContaining("connection refused");
    assertThatThrownBy(() -> health.check(API))
        .isInstanceOf(ServerUnreachableException.class)
        .hasMessageContaining("127.0.0.1:4567");
    health.check(OTHER);

    clock.advance(HostHealth.COOLDOWN);
    health.check(API);
  }

  @Test
  void aReplyInBetweenResetsTheCount() throws IOException {
    for (int round = 0; round < 3; round++) {
      for (int i = 1; i < HostHealth.UNREACHABLE_AFTER; i++) {
        health.failed(API, new ConnectException());
      }
      health.answered(API);
    }
    health.check(API);
  }

  @Test
  void otherFailuresDoNotCount() throws IOException {
    for (int i = 0; i < 3 * HostHealth.UNREACHABLE_AFTER; i++) {
      health.failed(API, new ServerException("HTTP 502"));
      health.failed(API, new IOException("connection reset"));
    }
    health.check(API);
  }

  @Test
  void unknownHostsAndConnectTimeoutsCountAndPortsDefaultByScheme() {
    assertThat(HostHealth.connectionFailure(new IOException(new UnknownHostException("x"))))
        .hasValue("unknown host");
    assertThat(HostHealth.connectionFailure(new HttpConnectTimeoutException("t")))
        .hasValue("the connection timed out");
    assertThat(HostHealth.hostPort(OTHER)).isEqualTo("files.example.org:443");
    assertThat(HostHealth.hostPort(URI.create("http://h/"))).isEqualTo("h:80");
  }

  @Test
  void aStoppedServerFailsFastWithTheHostInsteadOfRetryingEveryRequest() throws IOException {
    Emulator emulator = Emulator.start();
    HttpRemoteStorage storage = emulator.storage();
    int port = emulator.server.port();
    emulator.close();
    for (int i = 0; i < HostHealth.UNREACHABLE_AFTER; i++) {
      try {
        storage.whoAmI();
      } catch (ServerUnreachableException e) {
        break;
      } catch (ServerException e) {
        assertThat(e.getMessage()).doesNotContain("cannot reach");
      }
    }
    assertThatThrownBy(storage::whoAmI)
        .isInstanceOf(ServerUnreachableException.class)
        .hasMessageContaining(":" + port);
  }
}
