package io.github.osf4j.core;

/**
 * Connects to an OSF server: the adapter's factory that {@code Session} uses to reach the server of
 * its login or of a project file, e.g. {@code OsfHttp.connector(config)}.
 */
@FunctionalInterface
public interface RemoteConnector {

  /**
   * The remote storage of {@code server}, sending the tokens {@code tokens} supplies (a token is
   * only ever sent to the server it belongs to, which the caller ensures).
   */
  RemoteStorage connect(OsfServer server, TokenSource tokens);
}
