package io.github.osf4j.cli;

import io.github.osf4j.testkit.FakeOsfServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The steps of {@code osf4j demo}: set up both sides, run commands, change both sides. */
final class DemoScript {
  private final OsfCommand root;
  private final FakeOsfServer server;
  private final Path home;
  private final Map<String, String> env = new HashMap<>();

  DemoScript(OsfCommand root, FakeOsfServer server, Path home, String token) {
    this.root = root;
    this.server = server;
    this.home = home;
    env.put("OSF_TOKEN", token);
    env.put("OSF_API_URL", server.apiUrl());
    env.put("OSF_FILES_URL", server.filesUrl());
  }

  /** Creates the project with three files and the local folder with two others. */
  String setUp(Path folder) throws IOException, CliException {
    say("osf4j demo: a two-way sync against the OSF emulator (nothing leaves this machine).");
    say("Emulator serving at " + server.apiUrl() + " and " + server.filesUrl());
    String node = server.createProject("Reaction times (osf4j demo)");
    server.createFolder(node, "data");
    server.putFile(node, "data/pilot-01.csv", bytes("rt,correct\n512,1\n498,1\n633,0\n"));
    server.putFile(node, "notes.txt", bytes("Pilot run on Monday.\n"));
    server.putFile(node, "analysis.py", bytes("import pandas as pd\nprint('hello')\n"));
    Files.createDirectories(folder.resolve("stimuli"));
    write(folder.resolve("stimuli/face-01.txt"), "pretend this is an image\n");
    write(folder.resolve("instructions.txt"), "Press a key as fast as you can.\n");
    say("On OSF, project " + node + " holds: data/pilot-01.csv, notes.txt, analysis.py");
    say("Locally, " + folder + " holds: stimuli/face-01.txt, instructions.txt");
    return node;
  }

  /** Edits notes.txt on both sides (a conflict), adds a file on OSF, renames one locally. */
  void changeBothSides(String node, Path folder) throws IOException {
    say("");
    say("Now both sides change:");
    server.putFile(node, "notes.txt", bytes("Pilot run on Monday.\nColleague: 2 dropouts.\n"));
    server.putFile(node, "data/pilot-02.csv", bytes("rt,correct\n455,1\n720,1\n"));
    say("  on OSF:  notes.txt edited by a colleague, data/pilot-02.csv added");
    write(folder.resolve("notes.txt"), "Pilot run on Monday.\nMe: fix the fixation cross.\n");
    Files.move(folder.resolve("instructions.txt"), folder.resolve("instructions.md"));
    say("  locally: notes.txt edited too (a conflict), instructions.txt renamed to .md");
  }

  /** Runs {@code osf4j ARGS} as a user would type it in the demo's folder. */
  void run(String... args) throws CliException {
    say("");
    say("$ osf4j " + String.join(" ", args));
    List<String> argv = new ArrayList<>();
    argv.add("--config-dir");
    argv.add(home.resolve("config").toString());
    argv.addAll(List.of(args));
    String[] resolved = argv.stream().map(this::inHome).toArray(String[]::new);
    CliContext context =
        new CliContext(
            new ByteArrayInputStream(new byte[0]),
            root.context().out(),
            root.context().err(),
            env,
            null);
    int code = Main.run(resolved, context);
    if (code != ExitCodes.OK) {
      throw new CliException(code, "the demo's 'osf4j " + args[0] + "' ended with " + code);
    }
  }

  /** Lists the folder and says what happened to the conflict. */
  void conclude(Path folder) throws IOException {
    say("");
    say("The local folder now holds:");
    try (Stream<Path> files = Files.walk(folder)) {
      files
          .filter(Files::isRegularFile)
          .map(p -> folder.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .forEach(p -> say("  " + p));
    }
    try (Stream<Path> files = Files.list(folder)) {
      files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.contains(".conflict-"))
          .forEach(
              n ->
                  say(
                      "notes.txt keeps the OSF version; your local edit survives as "
                          + n
                          + " (on both sides)."));
    }
    say("Nothing was lost: both edits of notes.txt exist, the rename reached OSF as a move.");
    say("The folder stays at " + folder + " (delete it when done).");
    String command = Launcher.command();
    say(
        "Try it for real: "
            + command
            + " login, "
            + command
            + " projects, "
            + command
            + " init (see README.md).");
  }

  private String inHome(String arg) {
    return arg.endsWith(".osf4j.json") ? home.resolve(arg).toString() : arg;
  }

  private void say(String line) {
    root.context().print(line);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
