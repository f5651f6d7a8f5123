package io.github.osf4j.store.json;

import dagger.Binds;
import dagger.Module;
import io.github.osf4j.core.TokenStore;

/**
 * Binds {@link TokenStore} to the JSON token file; the component must provide a {@link
 * TokenStoreConfig} (for example {@link TokenStoreConfig#forCurrentUser()}).
 */
@Module
public abstract class JsonTokenStoreModule {

  private JsonTokenStoreModule() {}

  @Binds
  abstract TokenStore tokenStore(JsonTokenStore impl);
}
