package io.github.osf4j.cli;

import dagger.BindsInstance;
import dagger.Subcomponent;
import io.github.osf4j.core.RemoteStorage;
import io.github.osf4j.http.OsfHttpModule;

/** The remote of one endpoint: the HTTP adapter configured from the command's options. */
@Subcomponent(modules = {OsfHttpModule.class, ConnectionModule.class})
interface ConnectionComponent {
  RemoteStorage remote();

  /** Builds the connection for one endpoint. */
  @Subcomponent.Factory
  interface Factory {
    ConnectionComponent create(@BindsInstance Endpoint endpoint);
  }
}
