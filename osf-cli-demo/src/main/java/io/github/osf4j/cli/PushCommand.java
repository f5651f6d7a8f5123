package io.github.osf4j.cli;

import io.github.osf4j.core.SyncMode;
import picocli.CommandLine.Command;

/** {@code osf4j push}: sends local changes to OSF, never changes the local folder. */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    name = "push",
    description = {
      "Send local changes to the OSF project; the local folder is never changed.",
      "A file also changed on OSF since the last sync is never overwritten: OSF's version is kept"
          + " as a conflict copy on OSF, or the path is skipped with the reason. Deletions are"
          + " sent only with --delete. Uses the same index as sync, so the commands mix freely.",
      "Exit codes and safety gates as for sync."
    })
final class PushCommand extends OneWayCommand {

  @Override
  String name() {
    return "push";
  }

  @Override
  String doing() {
    return "Pushing";
  }

  @Override
  SyncMode mode() {
    return SyncMode.PUSH;
  }
}
