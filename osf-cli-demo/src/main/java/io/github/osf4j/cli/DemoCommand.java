package io.github.osf4j.cli;

import io.github.osf4j.testkit.FakeOsfServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code osf4j demo}: a two-way sync against the emulator, with a conflict and a rename, using the
 * same commands a user types. Needs no network and no account.
 */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    name = "demo",
    description = {
      "Show a two-way sync against the built-in OSF emulator: no network, no account.",
      "Creates a project and a local folder, syncs, changes both sides (a "
          + "conflict and a rename), then runs status and sync again. The folder is "
          + "kept for you to look at."
    })
final class DemoCommand implements Callable<Integer> {
  private static final String PROJECT_FILE = "demo.osf4j.json";

  @ParentCommand
  @SuppressWarnings("NullAway.Init")
  OsfCommand root;

  @Override
  public Integer call() throws IOException, CliException {
    Path home = Files.createTempDirectory("osf4j-demo-");
    Path folder = home.resolve("experiment");
    String token = "demo" + UUID.randomUUID().toString().replace("-", "");
    root.context().secret(token);
    try (FakeOsfServer server = FakeOsfServer.builder().token(token).start()) {
      DemoScript script = new DemoScript(root, server, home, token);
      String node = script.setUp(folder);
      script.run("init", PROJECT_FILE, "--project", node, "--root", folder.toString());
      script.run("sync", PROJECT_FILE);
      script.changeBothSides(node, folder);
      script.run("status", PROJECT_FILE);
      script.run("sync", PROJECT_FILE);
      script.run("status", PROJECT_FILE);
      script.conclude(folder);
    }
    return ExitCodes.OK;
  }
}
