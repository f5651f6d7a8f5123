package io.github.osf4j.cli;

import io.github.osf4j.core.UserInfo;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code osf4j whoami}: the user the token belongs to. */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    name = "whoami",
    description = "Show the user the token belongs to.")
final class WhoamiCommand implements Callable<Integer> {
  @ParentCommand
  @SuppressWarnings("NullAway.Init")
  OsfCommand root;

  @Override
  public Integer call() throws IOException, CliException {
    UserInfo user = root.session().whoAmI();
    root.context().print(Users.describe(user) + " at " + root.server().apiUrl());
    return ExitCodes.OK;
  }
}
