package io.github.osf4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.net.ConnectException;
import java.net.Socket;
import org.junit.jupiter.api.Test;

final class FakeOsfServerLifecycleTest {

  @Test
  void closingTwiceIsHarmlessAndStopsServing() {
    FakeOsfServer server = FakeOsfServer.builder().token("T0KEN").start();
    int port = server.port();

    server.close();

    assertThatCode(server::close).doesNotThrowAnyException();
    assertThat(canConnect(port)).isFalse();
  }

  private static boolean canConnect(int port) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      return socket.isConnected();
    } catch (ConnectException e) {
      return false;
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
