package io.github.osf4j.http;

import dagger.Binds;
import dagger.BindsOptionalOf;
import dagger.Module;
import dagger.Provides;
import io.github.osf4j.core.RemoteConnector;
import io.github.osf4j.core.RemoteStorage;
import io.github.osf4j.core.SyncListener;
import java.util.Optional;

/**
 * Binds {@link RemoteStorage} to the OSF adapter (the component must then provide a {@link
 * io.github.osf4j.core.TokenSource}) and provides the {@link RemoteConnector} a {@code Session}
 * needs; both take an {@link OsfHttpConfig}, and may hear of a server's pauses through a {@link
 * SyncListener}.
 */
@Module
public abstract class OsfHttpModule {
  private OsfHttpModule() {}

  @Binds
  abstract RemoteStorage remoteStorage(HttpRemoteStorage impl);

  @BindsOptionalOf
  abstract SyncListener serverWaits();

  /** Connects a {@code Session} to any server with the component's settings. */
  @Provides
  static RemoteConnector connector(OsfHttpConfig config, Optional<SyncListener> waits) {
    return waits.isPresent() ? OsfHttp.connector(config, waits.get()) : OsfHttp.connector(config);
  }
}
