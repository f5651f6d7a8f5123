package io.github.osf4j.cli;

import io.github.osf4j.core.SyncMode;
import io.github.osf4j.core.SyncOptions;
import picocli.CommandLine.Option;

/** The shared body of {@code push} and {@code pull}: a run that changes one side only. */
abstract class OneWayCommand extends TransferCommand {

  @Option(
      names = "--delete",
      description =
          "Also delete what was deleted on the other side since the last sync (within"
              + " --max-delete). Without it, deletions are left for a later sync.")
  boolean delete;

  /** {@link SyncMode#PUSH} or {@link SyncMode#PULL}. */
  abstract SyncMode mode();

  @Override
  String nothingToDo() {
    return "Nothing to " + name() + ".";
  }

  @Override
  final SyncOptions options(SyncOptions shared) {
    return shared.withMode(mode(), delete);
  }
}
