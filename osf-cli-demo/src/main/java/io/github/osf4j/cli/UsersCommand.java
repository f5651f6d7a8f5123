package io.github.osf4j.cli;

import io.github.osf4j.core.UserInfo;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code osf4j users search TEXT}. */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    name = "users",
    description = "Find OSF users.",
    subcommands = UsersCommand.Search.class)
final class UsersCommand implements Callable<Integer> {
  @ParentCommand
  @SuppressWarnings("NullAway.Init")
  OsfCommand root;

  @Override
  public Integer call() {
    root.context().error("osf4j: missing command: osf4j users search TEXT");
    return ExitCodes.USAGE;
  }

  /** {@code osf4j users search TEXT}: users whose name contains the text. */
  @Command(
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      name = "search",
      description = "Users whose name contains TEXT: id and full name.")
  static final class Search implements Callable<Integer> {
    @ParentCommand
    @SuppressWarnings("NullAway.Init")
    UsersCommand users;

    @Parameters(paramLabel = "TEXT", description = "Part of a name.")
    @SuppressWarnings("NullAway.Init")
    String text;

    @Override
    public Integer call() throws IOException, CliException {
      OsfCommand root = users.root;
      List<UserInfo> found = root.session().findUsers(text);
      for (UserInfo user : found) {
        root.context().print(user.id() + "  " + user.fullName());
      }
      if (found.isEmpty()) {
        root.info("No user's name contains '" + text + "'.");
      }
      return ExitCodes.OK;
    }
  }
}
