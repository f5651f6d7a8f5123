package io.github.osf4j.store.json;

import dagger.Binds;
import dagger.Module;

/**
 * Binds {@link ProjectStoreFactory} to the JSON project files of this module. {@link PyosfImport}
 * needs no binding: it has an injectable constructor.
 */
@Module
public abstract class JsonProjectStoreModule {

  private JsonProjectStoreModule() {}

  @Binds
  abstract ProjectStoreFactory projectStoreFactory(JsonProjectStoreFactory impl);
}
