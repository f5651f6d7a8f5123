package io.github.osf4j.cli;

import io.github.osf4j.testkit.EmulatorMain;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code osf4j emulator}: serves the OSF emulator until killed. */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    name = "emulator",
    sortOptions = false,
    description = {
      "Serve the OSF emulator (API v2 + WaterButler) on 127.0.0.1 until killed.",
      "It prints one JSON line with the api and files URLs, the token and each region's files"
          + " URL, then serves. Over a limit it answers 429 with Retry-After."
    })
final class EmulatorCommand implements Callable<Integer> {
  @ParentCommand
  @SuppressWarnings("NullAway.Init")
  OsfCommand root;

  @Option(
      names = "--port",
      required = true,
      paramLabel = "N",
      description = "The API port; 0 picks a free one.")
  String port = "0";

  @Option(
      names = "--token",
      required = true,
      paramLabel = "T",
      description = "The access token the emulator accepts.")
  String token = "";

  @Option(
      names = "--user",
      paramLabel = "EMAIL:PASSWORD",
      description = "An account that can log in with a password (osf4j login --user).")
  @Nullable String user;

  @Option(
      names = "--otp-secret",
      paramLabel = "BASE32",
      description = "Two-factor secret of that account: logins then need a one-time code.")
  @Nullable String otpSecret;

  @Option(names = "--latency-ms", paramLabel = "N", description = "Added latency of every answer.")
  @Nullable String latencyMs;

  @Option(
      names = "--fail-rate",
      paramLabel = "P",
      description = "Share of requests (0-1) answered with 503.")
  @Nullable String failRate;

  @Option(names = "--seed", paramLabel = "N", description = "Seed of the random failures.")
  @Nullable String seed;

  @Option(
      names = "--api-limit",
      paramLabel = "N",
      description = "API v2 requests a day per user (osf.io: 10000).")
  @Nullable String apiLimit;

  @Option(
      names = "--wb-limit",
      paramLabel = "N",
      description = "Turns WaterButler's limiter on: N requests per token per window.")
  @Nullable String wbLimit;

  @Option(
      names = "--wb-window",
      paramLabel = "SECONDS",
      description = "The window of --wb-limit (default 3600).")
  @Nullable String wbWindow;

  @Option(
      names = "--region",
      paramLabel = "ID[=PORT]",
      description =
          "Another storage region (repeatable) whose WaterButler listens on its own port (the"
              + " default region us shares --port); projects go there when created with"
              + " relationships.region.")
  List<String> regions = new ArrayList<>();

  @Option(
      names = "--private-quota",
      paramLabel = "BYTES",
      description =
          "Storage per private project (osf.io: 5 GB); an upload that would exceed it gets 507.")
  @Nullable String privateQuota;

  @Option(
      names = "--public-quota",
      paramLabel = "BYTES",
      description = "Storage per public project (osf.io: 50 GB).")
  @Nullable String publicQuota;

  @Option(
      names = "--storage-202",
      paramLabel = "N",
      description = "The first N storage reads answer 202 (usage being computed).")
  @Nullable String storage202;

  @Override
  public Integer call() {
    CliContext context = root.context();
    return EmulatorMain.run(flags().toArray(new String[0]), context.out(), context.err());
  }

  /** The emulator's own command line, as {@link EmulatorMain} reads it. */
  List<String> flags() {
    List<String> flags = new ArrayList<>(List.of("--port", port, "--token", token));
    add(flags, "--user", user);
    add(flags, "--otp-secret", otpSecret);
    add(flags, "--latency-ms", latencyMs);
    add(flags, "--fail-rate", failRate);
    add(flags, "--seed", seed);
    add(flags, "--api-limit", apiLimit);
    add(flags, "--wb-limit", wbLimit);
    add(flags, "--wb-window", wbWindow);
    regions.forEach(region -> add(flags, "--region", region));
    add(flags, "--private-quota", privateQuota);
    add(flags, "--public-quota", publicQuota);
    add(flags, "--storage-202", storage202);
    return flags;
  }

  private static void add(List<String> flags, String name, @Nullable String value) {
    if (value != null) {
      flags.add(name);
      flags.add(value);
    }
  }
}
