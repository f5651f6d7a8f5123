package io.github.osf4j.http;

import static org.assertj.core.api.Assertions.assertThat;

import dagger.BindsInstance;
import dagger.Component;
import io.github.osf4j.core.AccessToken;
import io.github.osf4j.core.RemoteStorage;
import io.github.osf4j.core.TokenSource;
import io.github.osf4j.testkit.Fault;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The published ways in (Dagger module, static factory) and the shared concurrency limit. */
final class WiringTest {
  private final Emulator emu = Emulator.start();

  @AfterEach
  void stop() {
    emu.close();
  }

  @Component(modules = OsfHttpModule.class)
  interface TestComponent {
    RemoteStorage remote();

    @Component.Factory
    interface Factory {
      TestComponent create(@BindsInstance OsfHttpConfig config, @BindsInstance TokenSource tokens);
    }
  }

  @Test
  void daggerModuleBindsTheAdapter() throws Exception {
    RemoteStorage remote =
        DaggerWiringTest_TestComponent.factory()
            .create(emu.config(), TokenSource.of(new AccessToken(Emulator.TOKEN)))
            .remote();

    assertThat(remote).isInstanceOf(HttpRemoteStorage.class);
    assertThat(remote.whoAmI().id()).isEqualTo(emu.server.userId());
  }

  @Test
  void staticFactoryBuildsAWorkingAdapter() throws Exception {
    RemoteStorage remote =
        OsfHttp.remoteStorage(emu.config(), TokenSource.of(new AccessToken(Emulator.TOKEN)));

    assertThat(remote.whoAmI().id()).isEqualTo(emu.server.userId());
    assertThat(remote.toString()).doesNotContain(Emulator.TOKEN);
  }

  @Test
  void listingsAndTransfersShareOneConcurrencyLimit() throws Exception {
    String node = emu.server.createProject("P");
    for (int f = 0; f < 12; f++) {
      emu.server.putFile(node, "f" + f + "/x.txt", new byte[] {1});
    }
    emu.server.faults().add(Fault.latency(Duration.ofMillis(30)));
    OsfHttpConfig config = emu.config().toBuilder().concurrency(3).build();
    CountingClient client = new CountingClient(Transport.newClient(config));
    HttpRemoteStorage storage =
        new HttpRemoteStorage(
            config,
            TokenSource.of(new AccessToken(Emulator.TOKEN)),
            client,
            Clock.systemUTC(),
            emu.sleeper,
            () -> 0.5);

    Thread other =
        new Thread(
            () -> {
              try {
                storage.list(node);
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    other.start();
    assertThat(storage.list(node).size()).isEqualTo(24);
    other.join();

    assertThat(client.maxInFlight.get()).isBetween(1, 3);
    assertThat(emu.server.requests().count())
        .isEqualTo(26 + 1); // + 1: the project's storage region, asked once
  }
}
