package io.github.osf4j.http;

import io.github.osf4j.core.RemoteStorage;
import io.github.osf4j.core.TokenSource;

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
}
