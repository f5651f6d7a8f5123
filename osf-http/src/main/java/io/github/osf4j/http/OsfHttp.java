package io.github.osf4j.http;

import io.github.osf4j.core.OsfServer;
import io.github.osf4j.core.RemoteConnector;
import io.github.osf4j.core.RemoteStorage;
import io.github.osf4j.core.SyncListener;
import io.github.osf4j.core.TokenSource;
import java.net.URI;
import java.util.Optional;

/** Hand wiring of the OSF adapter, for users who do not use Dagger. */
public final class OsfHttp {
  private OsfHttp() {}

  /**
   * A thread-safe {@link RemoteStorage} talking to the OSF servers named in {@code config}, with
   * the tokens from {@code tokens}.
   */
  public static RemoteStorage remoteStorage(OsfHttpConfig config, TokenSource tokens) {
    return new HttpRemoteStorage(config, tokens);
  }

  /**
   * As {@link #remoteStorage(OsfHttpConfig, TokenSource)}, telling {@code waits} each time a server
   * asks for a pause ({@link io.github.osf4j.core.SyncEvent.ServerWait}).
   */
  public static RemoteStorage remoteStorage(
      OsfHttpConfig config, TokenSource tokens, SyncListener waits) {
    return new HttpRemoteStorage(config, tokens, Optional.of(waits));
  }

  /** Connects a {@code Session} to any OSF server with the default settings (osf.io's limits). */
  public static RemoteConnector connector() {
    return connector(OsfHttpConfig.defaults());
  }

  /**
   * Connects a {@code Session} to any OSF server with the settings of {@code config} (timeouts,
   * limits, retries, quotas); the server's URLs replace the config's.
   */
  public static RemoteConnector connector(OsfHttpConfig config) {
    return (server, tokens) -> new HttpRemoteStorage(at(config, server), tokens);
  }

  /** As {@link #connector(OsfHttpConfig)}, telling {@code waits} when a server asks for a pause. */
  public static RemoteConnector connector(OsfHttpConfig config, SyncListener waits) {
    return (server, tokens) ->
        new HttpRemoteStorage(at(config, server), tokens, Optional.of(waits));
  }

  private static OsfHttpConfig at(OsfHttpConfig config, OsfServer server) {
    return config.toBuilder()
        .urls(URI.create(server.apiUrl()), URI.create(server.filesUrl()))
        .build();
  }
}
