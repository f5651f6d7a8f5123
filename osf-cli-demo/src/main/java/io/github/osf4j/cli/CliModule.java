package io.github.osf4j.cli;

import dagger.Module;
import dagger.Provides;
import io.github.osf4j.core.LocalFilesFactory;
import io.github.osf4j.core.ProjectPlanner;
import io.github.osf4j.core.local.NioLocalFiles;
import io.github.osf4j.core.plan.Planner;
import java.nio.file.Path;
import java.time.Clock;

/** What the command adds to the adapters' modules: the clock, the planner, the local folder. */
@Module(subcomponents = ConnectionComponent.class)
final class CliModule {
  private static final int HASH_THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());

  private CliModule() {}

  @Provides
  static Clock clock() {
    return Clock.systemUTC();
  }

  @Provides
  static ProjectPlanner planner(Clock clock) {
    return new Planner(clock)::plan;
  }

  @Provides
  static LocalFilesFactory localFiles(CliContext context) {
    return config ->
        new ScanningFiles(
            new NioLocalFiles(Path.of(config.localRoot()), config.ignore(), HASH_THREADS), context);
  }
}
