package io.github.osf4j.cli;

import dagger.Binds;
import dagger.Module;
import dagger.Provides;
import io.github.osf4j.core.RemoteStorage;
import io.github.osf4j.core.SessionToken;
import io.github.osf4j.core.TokenSource;
import io.github.osf4j.core.TokenStore;
import io.github.osf4j.core.local.NioLocalFiles;
import io.github.osf4j.core.plan.Planner;
import io.github.osf4j.core.sync.Session;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;

/** The README's Dagger example: what the application adds to osf4j's modules. */
@Module
abstract class ExampleModule {
  @Binds
  abstract TokenSource tokenSource(SessionToken token);

  @Provides
  @Singleton
  static SessionToken sessionToken() {
    return new SessionToken();
  }

  @Provides
  static Clock clock() {
    return Clock.systemUTC();
  }

  @Provides
  static Session session(RemoteStorage osf, SessionToken token, TokenStore tokens, Clock clock) {
    return new Session(
        osf,
        token,
        tokens,
        config -> new NioLocalFiles(Path.of(config.localRoot()), config.ignore(), 4),
        new Planner(clock)::plan,
        clock);
  }
}
