package io.github.osf4j.cli;

import dagger.Module;
import dagger.Provides;
import io.github.osf4j.core.RemoteConnector;
import io.github.osf4j.core.TokenStore;
import io.github.osf4j.core.sync.Session;
import io.github.osf4j.http.OsfHttpConfig;

/** The README's Dagger example: what the application adds to osf4j's modules. */
@Module
abstract class ExampleModule {
  @Provides
  static Session session(RemoteConnector osf, TokenStore tokens, OsfHttpConfig http) {
    return Session.builder(osf, tokens).server(http.server()).build();
  }
}
