package io.github.osf4j.cli;

import dagger.BindsInstance;
import dagger.Component;
import io.github.osf4j.core.LocalFilesFactory;
import io.github.osf4j.core.ProjectPlanner;
import io.github.osf4j.core.TokenStore;
import io.github.osf4j.store.json.JsonProjectStoreModule;
import io.github.osf4j.store.json.JsonTokenStoreModule;
import io.github.osf4j.store.json.ProjectStoreFactory;
import io.github.osf4j.store.json.PyosfImport;
import io.github.osf4j.store.json.TokenStoreConfig;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The one Dagger component: the adapters' modules plus the command's own. One per run. */
@Singleton
@Component(modules = {JsonTokenStoreModule.class, JsonProjectStoreModule.class, CliModule.class})
interface CliComponent {
  TokenStore tokens();

  ProjectStoreFactory projectStores();

  PyosfImport pyosfImport();

  Clock clock();

  ProjectPlanner planner();

  LocalFilesFactory localFiles();

  ConnectionComponent.Factory connections();

  /** Builds the component for one run. */
  @Component.Factory
  interface Factory {
    CliComponent create(
        @BindsInstance TokenStoreConfig tokenConfig, @BindsInstance CliContext context);
  }
}
