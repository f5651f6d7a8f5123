package io.github.osf4j.cli;

import io.github.osf4j.core.ConflictPolicy;
import io.github.osf4j.core.SyncOptions;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code osf4j sync}: plans, checks the safety gates, applies, saves. */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    name = "sync",
    description = {
      "Synchronise the folder and the OSF project both ways.",
      "A file changed on both sides is never lost: one version keeps the "
          + "name, the other is kept as a conflict copy. Safety gates stop the run "
          + "before anything changes (exit 4).",
      "Ctrl-C or SIGTERM stops cleanly: finished changes are kept and recorded (exit 130/143);"
          + " a second Ctrl-C stops at once. Run sync again to finish."
    })
final class SyncCommand extends TransferCommand {
  @Option(
      names = "--conflict",
      paramLabel = "POLICY",
      converter = PolicyConverter.class,
      description =
          "Who keeps the name when both sides changed a file: keep-both (default: the OSF"
              + " version; prefer-remote is another name for it), prefer-local, prefer-newer. The"
              + " other is kept as a conflict copy.")
  ConflictPolicy policy = ConflictPolicy.KEEP_BOTH;

  @Override
  String name() {
    return "sync";
  }

  @Override
  String doing() {
    return "Syncing";
  }

  @Override
  SyncOptions options(SyncOptions shared) {
    return shared.withPolicy(policy);
  }

  /**
   * Parses {@code keep-both} and friends: each policy's name in lower case with dashes, and {@code
   * prefer-remote}, the older spelling of {@code keep-both}.
   */
  static final class PolicyConverter implements ITypeConverter<ConflictPolicy> {
    @Override
    public ConflictPolicy convert(String value) {
      if (value.equals("prefer-remote")) {
        return ConflictPolicy.KEEP_BOTH;
      }
      for (ConflictPolicy policy : ConflictPolicy.values()) {
        if (spelling(policy).equals(value)) {
          return policy;
        }
      }
      throw new TypeConversionException(
          "unknown conflict policy '"
              + value
              + "': use keep-both, prefer-local, prefer-remote or prefer-newer");
    }

    /** The command-line spelling of {@code policy}, e.g. {@code keep-both}. */
    static String spelling(ConflictPolicy policy) {
      return policy.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }
}
