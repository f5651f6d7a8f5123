package io.github.osf4j.cli;

import io.github.osf4j.testkit.EmulatorMain;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code osf4j emulator}: serves the OSF emulator until killed. */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    name = "emulator",
    description = {
      "Serve the OSF emulator (API v2 + WaterButler) on 127.0.0.1 until killed.",
      "Flags: --port N --token T [--user EMAIL:PASSWORD] [--otp-secret BASE32]"
          + " [--latency-ms N] [--fail-rate P] [--seed N] [--api-limit N] [--wb-limit N]"
          + " [--wb-window SECONDS] [--region ID[=PORT]]... [--private-quota BYTES]"
          + " [--public-quota BYTES] [--storage-202 N]. --port 0 picks a free port."
          + " --api-limit: API v2 requests a day per user (osf.io: 10000); --wb-limit:"
          + " WaterButler's limiter on, N requests per token per window (default 3600 s). Over a"
          + " limit: 429 with Retry-After. --region de1: another storage region whose"
          + " WaterButler listens on its own port (the default region us shares --port);"
          + " projects go there when created with relationships.region."
          + " --private-quota/--public-quota: storage per project (osf.io: 5 GB/50 GB); an upload"
          + " that would exceed it gets 507 after its body is read. --storage-202 N: the first N"
          + " storage reads answer 202 (usage being computed). It prints one JSON line with the"
          + " api and files URLs, the token and each region's files URL, then serves."
    })
final class EmulatorCommand implements Callable<Integer> {
  @ParentCommand
  @SuppressWarnings("NullAway.Init")
  OsfCommand root;

  @Parameters(paramLabel = "FLAG", arity = "0..*", description = "The emulator's flags.")
  List<String> flags = new ArrayList<>();

  @Override
  public Integer call() {
    CliContext context = root.context();
    return EmulatorMain.run(flags.toArray(new String[0]), context.out(), context.err());
  }
}
