package io.github.osf4j.store.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dagger.BindsInstance;
import dagger.Component;
import io.github.osf4j.core.AccessToken;
import io.github.osf4j.core.OsfServer;
import io.github.osf4j.core.ProjectStore;
import io.github.osf4j.core.TokenStore;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Dagger modules wire as an application's component would use them. */
final class WiringTest {

  @Component(modules = {JsonProjectStoreModule.class, JsonTokenStoreModule.class})
  interface Stores {
    ProjectStoreFactory projects();

    TokenStore tokens();

    PyosfImport pyosf();

    @Component.Factory
    interface Factory {
      Stores create(@BindsInstance TokenStoreConfig config);
    }
  }

  @Test
  void aComponentProvidesWorkingStores() throws IOException {
    try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
      Path dir = fs.getPath("/cfg");
      Stores stores =
          DaggerWiringTest_Stores.factory().create(new TokenStoreConfig(dir, List.of()));
      Path file = fs.getPath("/p/osf4j.json");
      Files.createDirectories(file.getParent());

      ProjectStore store = stores.projects().open(file);
      store.save(Fixtures.state(2));
      stores.tokens().put(OsfServer.OSF_IO, "u1", "a@x", new AccessToken("t1"));

      assertThat(store.load()).isEqualTo(Fixtures.state(2));
      assertThat(stores.tokens().get(OsfServer.OSF_IO, "a@x")).contains(new AccessToken("t1"));
      assertThat(stores.pyosf()).isNotNull();
      assertThat(store.toString()).contains("/p/osf4j.json");
    }
  }
}
