package io.github.osf4j.cli;

import dagger.BindsInstance;
import dagger.Component;
import io.github.osf4j.core.sync.Session;
import io.github.osf4j.http.OsfHttpConfig;
import io.github.osf4j.http.OsfHttpModule;
import io.github.osf4j.store.json.JsonProjectStoreModule;
import io.github.osf4j.store.json.JsonTokenStoreModule;
import io.github.osf4j.store.json.ProjectStoreFactory;
import io.github.osf4j.store.json.TokenStoreConfig;
import jakarta.inject.Singleton;

/** The README's Dagger example: an application's own component over osf4j's modules. */
@Singleton
@Component(
    modules = {
      OsfHttpModule.class,
      JsonTokenStoreModule.class,
      JsonProjectStoreModule.class,
      ExampleModule.class
    })
interface ExampleComponent {
  Session session();

  ProjectStoreFactory projectFiles();

  /** Builds the component for these servers and this token folder. */
  @Component.Factory
  interface Factory {
    ExampleComponent create(
        @BindsInstance OsfHttpConfig http, @BindsInstance TokenStoreConfig tokens);
  }
}
