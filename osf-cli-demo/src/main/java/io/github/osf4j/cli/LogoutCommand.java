package io.github.osf4j.cli;

import io.github.osf4j.core.OsfServer;
import io.github.osf4j.core.TokenStore;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code osf4j logout}: forgets a stored token. */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    name = "logout",
    description = "Forget the stored token (of the most recent login).")
final class LogoutCommand implements Callable<Integer> {
  @ParentCommand
  @SuppressWarnings("NullAway.Init")
  OsfCommand root;

  @Option(names = "--username", paramLabel = "EMAIL", description = "Which account (e-mail or id).")
  @Nullable String username;

  @Override
  public Integer call() throws IOException {
    TokenStore store = root.tokens();
    OsfServer server = root.server();
    String account = username;
    if (account == null) {
      List<String> known = store.accounts(server);
      if (known.isEmpty()) {
        root.info("Not logged in at " + server.apiUrl() + ".");
        return ExitCodes.OK;
      }
      account = known.get(0);
    }
    if (store.remove(server, account)) {
      root.info("Logged out " + account + " at " + server.apiUrl() + ".");
    } else {
      root.info("No token stored for " + account + " at " + server.apiUrl() + ".");
    }
    return ExitCodes.OK;
  }
}
