package io.github.osf4j.http;

import io.github.osf4j.core.AccessToken;
import io.github.osf4j.core.TokenSource;
import io.github.osf4j.testkit.FakeOsfServer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A fake OSF plus an adapter wired to it, with waits recorded instead of slept. */
final class Emulator implements AutoCloseable {
  static final String TOKEN = "emulator-token-T";

  final FakeOsfServer server;
  final List<Duration> waits = new CopyOnWriteArrayList<>();
  final Sleeper sleeper = waits::add;

  private Emulator(FakeOsfServer server) {
    this.server = server;
  }

  static Emulator start() {
    return new Emulator(FakeOsfServer.builder().token(TOKEN).start());
  }

  static Emulator start(FakeOsfServer.Builder builder) {
    return new Emulator(builder.token(TOKEN).start());
  }

  /** A config for this server: 4 requests in flight, 4 attempts, no proxy environment. */
  OsfHttpConfig config() {
    return OsfHttpConfig.builder()
        .urls(URI.create(server.apiUrl()), URI.create(server.filesUrl()))
        .environment(Map.of())
        .concurrency(4)
        .retries(4, Duration.ofMillis(100), Duration.ofSeconds(2))
        .maxWait(Duration.ofMinutes(2))
        .timeouts(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(5))
        .build();
  }

  HttpRemoteStorage storage() {
    return storage(config(), TOKEN);
  }

  HttpRemoteStorage storage(OsfHttpConfig config, String token) {
    return new HttpRemoteStorage(
        config,
        TokenSource.of(new AccessToken(token)),
        Transport.newClient(config),
        Clock.systemUTC(),
        sleeper,
        () -> 0.5);
  }

  @Override
  public void close() {
    server.close();
  }
}
