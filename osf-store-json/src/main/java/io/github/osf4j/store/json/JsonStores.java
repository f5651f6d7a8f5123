package io.github.osf4j.store.json;

import io.github.osf4j.core.ProjectStore;
import io.github.osf4j.core.TokenStore;
import java.nio.file.Path;

/** Static factories for the JSON stores, for callers who wire by hand instead of with Dagger. */
public final class JsonStores {

  private JsonStores() {}

  /** A factory of project stores; share one per application. */
  public static ProjectStoreFactory projectStoreFactory() {
    return new JsonProjectStoreFactory();
  }

  /** The store of one project file (which need not exist yet). */
  public static ProjectStore projectStore(Path projectFile) {
    return projectStoreFactory().open(projectFile);
  }

  /** The token store these settings describe. */
  public static TokenStore tokenStore(TokenStoreConfig config) {
    return new JsonTokenStore(config);
  }

  /** The token store in the platform's configuration folder of the user running this JVM. */
  public static TokenStore tokenStore() {
    return tokenStore(TokenStoreConfig.forCurrentUser());
  }

  /** The pyosf project file reader. */
  public static PyosfImport pyosfImport() {
    return new PyosfImport();
  }
}
