package io.github.osf4j.cli;

import io.github.osf4j.core.SyncMode;
import picocli.CommandLine.Command;

/** {@code osf4j pull}: brings OSF's changes into the local folder, never changes OSF. */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    name = "pull",
    description = {
      "Bring the OSF project's changes into the local folder; OSF is never changed.",
      "A file also changed locally since the last sync is never overwritten: the local version is"
          + " kept as a conflict copy beside it, or the path is skipped with the reason. Deletions"
          + " are applied only with --delete. Uses the same index as sync, so the commands mix"
          + " freely.",
      "Exit codes and safety gates as for sync."
    })
final class PullCommand extends OneWayCommand {

  @Override
  String name() {
    return "pull";
  }

  @Override
  String doing() {
    return "Pulling";
  }

  @Override
  SyncMode mode() {
    return SyncMode.PULL;
  }
}
