package io.github.osf4j.cli;

import io.github.osf4j.core.AccessToken;
import io.github.osf4j.core.TwoFactorRequiredException;
import io.github.osf4j.core.UserInfo;
import io.github.osf4j.core.sync.Session;
import java.io.Console;
import java.io.IOException;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code osf4j login}: checks a token (or makes one from a password) and stores it. */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    name = "login",
    description = {
      "Log in to OSF and store the token.",
      "With no option: OSF_TOKEN is checked and stored, or on a terminal the "
          + "token is asked for."
    })
final class LoginCommand implements Callable<Integer> {
  @ParentCommand
  @SuppressWarnings("NullAway.Init")
  OsfCommand root;

  @ArgGroup(exclusive = true)
  @Nullable Method method;

  /** Either a token on stdin, or a username (and password). */
  static final class Method {
    @Option(
        names = "--token-stdin",
        description = "Read a personal access token (osf.io/settings/tokens) from stdin.")
    boolean tokenStdin;

    @ArgGroup(exclusive = false)
    @Nullable PasswordLogin password;
  }

  /** The username-and-password way. */
  static final class PasswordLogin {
    @Option(names = "--username", required = true, paramLabel = "EMAIL", description = "Login.")
    @SuppressWarnings("NullAway.Init")
    String username;

    @Option(
        names = "--password-stdin",
        description = "Read the password from stdin (else it is asked for on the terminal).")
    boolean passwordStdin;

    @Option(names = "--otp", paramLabel = "CODE", description = "The current two-factor code.")
    @Nullable String otp;
  }

  @Override
  public Integer call() throws IOException, CliException {
    PasswordLogin byPassword = method == null ? null : method.password;
    Session session = root.session();
    UserInfo user =
        byPassword != null ? loginWithPassword(session, byPassword) : session.login(token());
    root.info("Logged in as " + Users.describe(user) + " at " + session.server().apiUrl());
    return ExitCodes.OK;
  }

  private AccessToken token() throws IOException, CliException {
    CliContext context = root.context();
    String value;
    if (method != null && method.tokenStdin) {
      value = context.readLine();
    } else if (context.env("OSF_TOKEN") != null) {
      value = context.env("OSF_TOKEN");
    } else {
      value = Prompts.secret(context, "Personal access token (osf.io/settings/tokens): ");
    }
    if (value == null || value.isBlank()) {
      throw CliException.usage("no token given (pipe it into --token-stdin)");
    }
    context.secret(value);
    try {
      return new AccessToken(value);
    } catch (IllegalArgumentException e) {
      throw CliException.usage("that is not a token: " + e.getMessage());
    }
  }

  private UserInfo loginWithPassword(Session session, PasswordLogin login)
      throws IOException, CliException {
    CliContext context = root.context();
    String password =
        login.passwordStdin
            ? context.readLine()
            : Prompts.secret(context, "Password for " + login.username + ": ");
    if (password == null || password.isEmpty()) {
      throw CliException.usage("no password given (pipe it into --password-stdin)");
    }
    context.secret(password);
    try {
      return session.login(login.username, password, login.otp);
    } catch (TwoFactorRequiredException e) {
      Console console = context.console();
      if (login.otp != null || console == null) {
        throw e;
      }
      String code = console.readLine("Two-factor code: ");
      return session.login(login.username, password, code);
    }
  }
}
