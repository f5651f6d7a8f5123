package io.github.osf4j.http;

import dagger.Binds;
import dagger.Module;
import io.github.osf4j.core.RemoteStorage;

/**
 * Binds {@link RemoteStorage} to the OSF adapter; the component must provide an {@link
 * OsfHttpConfig} and a {@link io.github.osf4j.core.TokenSource}.
 */
@Module
public abstract class OsfHttpModule {
  private OsfHttpModule() {}

  @Binds
  abstract RemoteStorage remoteStorage(HttpRemoteStorage impl);
}
