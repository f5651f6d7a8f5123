package io.github.osf4j.core;

import static java.util.Objects.requireNonNull;

/** No token is known for a server: nobody logged in there, and none was given. */
public final class NotLoggedInException extends AuthenticationException {
  private static final long serialVersionUID = 1L;

  private final transient OsfServer server;

  public NotLoggedInException(OsfServer server) {
    super("not logged in to " + requireNonNull(server, "server").host());
    this.server = server;
  }

  /** The server that has no login. */
  public OsfServer server() {
    return server;
  }
}
