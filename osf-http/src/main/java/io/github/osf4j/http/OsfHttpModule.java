package io.github.osf4j.http;

import dagger.Binds;
import dagger.BindsOptionalOf;
import dagger.Module;
import io.github.osf4j.core.RemoteStorage;
import io.github.osf4j.core.SyncListener;

/**
 * Binds {@link RemoteStorage} to the OSF adapter; the component must provide an {@link
 * OsfHttpConfig} and a {@link io.github.osf4j.core.TokenSource}, and may provide a {@link
 * SyncListener} that hears when a server asks for a pause.
 */
@Module
public abstract class OsfHttpModule {
  private OsfHttpModule() {}

  @Binds
  abstract RemoteStorage remoteStorage(HttpRemoteStorage impl);

  @BindsOptionalOf
  abstract SyncListener serverWaits();
}
