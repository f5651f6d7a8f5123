package io.github.osf4j.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code osf4j completion bash|zsh}: prints the shell completion script for osf4j. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Print the shell completion script of osf4j, for bash or zsh.",
      "In this shell:  source <(osf4j completion bash)",
      "Keep it, bash:  osf4j completion bash >",
      "                  ~/.local/share/bash-completion/completions/osf4j",
      "Keep it, zsh:   add 'source <(osf4j completion zsh)' to ~/.zshrc"
    })
final class CompletionCommand implements Callable<Integer> {
  /** The shells the script is for. */
  enum Shell {
    bash,
    zsh
  }

  @Parameters(
      index = "0",
      paramLabel = "SHELL",
      description = "bash or zsh (the script works in both; zsh loads its bash completion).")
  @SuppressWarnings("NullAway.Init")
  Shell shell;

  @Spec
  @SuppressWarnings("NullAway.Init")
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(AutoComplete.bash("osf4j", spec.root().commandLine()));
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
