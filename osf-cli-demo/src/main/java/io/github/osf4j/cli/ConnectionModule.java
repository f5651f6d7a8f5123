package io.github.osf4j.cli;

import dagger.Module;
import dagger.Provides;
import io.github.osf4j.core.SyncListener;
import io.github.osf4j.core.TokenSource;
import io.github.osf4j.http.OsfHttpConfig;
import java.net.URI;

/** The HTTP adapter's configuration and token, from an {@link Endpoint}. */
@Module
final class ConnectionModule {
  private ConnectionModule() {}

  @Provides
  static OsfHttpConfig config(Endpoint endpoint, CliContext context) {
    return OsfHttpConfig.builder()
        .urls(URI.create(endpoint.apiUrl()), URI.create(endpoint.filesUrl()))
        .environment(context.environment())
        .maxRate(endpoint.maxRate())
        .maxWait(endpoint.maxWait())
        .quotas(endpoint.quotas().privateBytes(), endpoint.quotas().publicBytes())
        .build();
  }

  /** A server's pauses go to the running sync's progress, or to stderr. */
  @Provides
  static SyncListener serverWaits(CliContext context) {
    return context.serverWaits();
  }

  @Provides
  static TokenSource tokenSource(Endpoint endpoint) {
    return endpoint.tokens();
  }
}
