package io.github.osf4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/** The {@code osf4j} command's entry point. */
public final class Main {
  private Main() {}

  /** Runs the command and exits with its exit code. */
  public static void main(String[] args) throws IOException {
    if (printedVersion(args, System.out)) {
      return;
    }
    Warmup.start();
    Map<String, String> env = System.getenv();
    CliContext context =
        new CliContext(
            System.in, System.out, System.err, env, System.console(), Terminal.detect(env));
    context.handleSignals();
    System.exit(run(args, context));
  }

  /**
   * The fast path of {@code osf4j --version} (alone): the same lines as picocli's, printed without
   * building the command model (about a third of the start time of a short command).
   */
  static boolean printedVersion(String[] args, PrintStream out) throws IOException {
    if (args.length != 1 || !(args[0].equals("--version") || args[0].equals("-V"))) {
      return false;
    }
    for (String line : VersionProvider.lines()) {
      out.println(line);
    }
    out.flush();
    return true;
  }

  /**
   * Runs the command with these streams and environment, and returns its exit code (see the
   * README): the entry point {@link #main} uses, and the one tests drive.
   */
  public static int run(
      String[] args, InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
    return run(args, in, out, err, env, Terminal.none());
  }

  /**
   * Like {@link #run(String[], InputStream, PrintStream, PrintStream, Map)}, with stderr's
   * terminal.
   */
  static int run(
      String[] args,
      InputStream in,
      PrintStream out,
      PrintStream err,
      Map<String, String> env,
      Terminal terminal) {
    boolean realTerminal = in == System.in && out == System.out && err == System.err;
    CliContext context =
        new CliContext(in, out, err, env, realTerminal ? System.console() : null, terminal);
    return run(args, context);
  }

  static int run(String[] args, CliContext context) {
    OsfCommand root = new OsfCommand(context);
    CommandLine commandLine = new CommandLine(root);
    commandLine.setOut(new PrintWriter(context.out(), true, StandardCharsets.UTF_8));
    commandLine.setErr(new PrintWriter(context.err(), true, StandardCharsets.UTF_8));
    commandLine.setExecutionExceptionHandler(
        (thrown, command, parsed) -> {
          Throwable failure = root.withLoginHint(thrown);
          int code = Failures.report(failure, context, root.verbose);
          Object target = command.getCommand();
          if (target instanceof JsonCommand json && json.json()) {
            String message = Failures.map(failure).getMessage();
            context.print(JsonOutput.write(JsonOutput.error(code, message == null ? "" : message)));
          }
          return code;
        });
    commandLine.setParameterExceptionHandler(
        (failure, argv) -> {
          context.error(
              "osf4j: "
                  + failure.getMessage()
                  + " (see "
                  + failure.getCommandLine().getCommandSpec().qualifiedName()
                  + " --help)");
          return ExitCodes.USAGE;
        });
    GlobalOptions.keepWhereTheyApply(commandLine);
    commandLine.setExecutionStrategy(
        parsed -> {
          try {
            root.openLog();
          } catch (CliException e) {
            context.error("osf4j: " + e.getMessage());
            return e.exitCode();
          }
          return new CommandLine.RunLast().execute(parsed);
        });
    int code;
    try {
      code = commandLine.execute(args);
    } finally {
      context.closeLog();
    }
    context.out().flush();
    context.err().flush();
    return code;
  }
}
