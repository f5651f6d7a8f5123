package io.github.osf4j.cli;

import java.io.Console;
import org.jspecify.annotations.Nullable;

/** Questions asked on the terminal, with the answer never echoed. */
final class Prompts {
  private Prompts() {}

  /**
   * Asks for a secret without echo.
   *
   * @throws CliException (exit 2) when there is no terminal to ask on
   */
  static @Nullable String secret(CliContext context, String prompt) throws CliException {
    Console console = context.console();
    if (console == null) {
      throw CliException.usage(
          "no terminal to ask on: use --token-stdin, --password-stdin or OSF_TOKEN");
    }
    char[] answer = console.readPassword("%s", prompt);
    return answer == null ? null : new String(answer).strip();
  }
}
