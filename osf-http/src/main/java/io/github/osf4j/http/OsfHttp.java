package io.github.osf4j.http;

import io.github.osf4j.core.RemoteStorage;
import io.github.osf4j.core.SyncListener;
import io.github.osf4j.core.TokenSource;
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
}
