package io.github.osf4j.cli;

import io.github.osf4j.core.AccessToken;
import io.github.osf4j.core.NotLoggedInException;
import io.github.osf4j.core.OsfServer;
import io.github.osf4j.core.RemoteStorage;
import io.github.osf4j.core.TokenSource;
import io.github.osf4j.core.TokenStore;
import io.github.osf4j.core.sync.Session;
import io.github.osf4j.http.OsfHttpConfig;
import io.github.osf4j.store.json.TokenStoreConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code osf4j}: the root command and its global options. */
@Command(
    name = "osf4j",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    usageHelpAutoWidth = true,
    description = "Synchronises a local folder with a project on the Open Science Framework (OSF).",
    footer = {
      "",
      "Exit codes: 0 in sync, 1 some paths failed or were skipped, 2 usage error,",
      "3 authentication, 4 safety abort or project locked, 5 server or network,",
      "130 stopped by Ctrl-C (SIGINT), 143 stopped by SIGTERM.",
      "Environment: OSF_TOKEN (overrides the stored token), OSF_API_URL, OSF_FILES_URL.",
      ""
    },
    subcommands = {
      LoginCommand.class,
      LogoutCommand.class,
      WhoamiCommand.class,
      UsersCommand.class,
      ProjectsCommand.class,
      InitCommand.class,
      StatusCommand.class,
      SyncCommand.class,
      PushCommand.class,
      PullCommand.class,
      CloneCommand.class,
      LsCommand.class,
      VerifyCommand.class,
      ComponentsCommand.class,
      VersionsCommand.class,
      RestoreCommand.class,
      DemoCommand.class,
      EmulatorCommand.class,
      CompletionCommand.class,
      HelpCommand.class
    })
final class OsfCommand implements Callable<Integer> {
  static final String DEFAULT_API_URL = "https://api.osf.io/v2/";
  static final String DEFAULT_FILES_URL = "https://files.osf.io/v1/";

  private final CliContext context;
  private @Nullable CliComponent component;

  @Option(
      names = "--api-url",
      scope = ScopeType.INHERIT,
      paramLabel = "URL",
      description = "OSF API v2 base URL (env OSF_API_URL; default " + DEFAULT_API_URL + ").")
  @Nullable String apiUrl;

  @Option(
      names = "--files-url",
      scope = ScopeType.INHERIT,
      paramLabel = "URL",
      description =
          "WaterButler (files) base URL (env OSF_FILES_URL; default " + DEFAULT_FILES_URL + ").")
  @Nullable String filesUrl;

  @Option(
      names = "--config-dir",
      scope = ScopeType.INHERIT,
      paramLabel = "DIR",
      description =
          "Where tokens are stored (default: the OS config folder, e.g. ~/.config/osf4j).")
  @Nullable Path configDir;

  @Option(
      names = "--max-rate",
      scope = ScopeType.INHERIT,
      paramLabel = "N",
      description =
          "At most N requests per second (default: no limit of its own; OSF's answers pace the"
              + " run).")
  double maxRate;

  @Option(
      names = "--max-wait",
      scope = ScopeType.INHERIT,
      paramLabel = "TIME",
      converter = WaitConverter.class,
      description =
          "The longest pause to wait out when OSF asks for one (HTTP 429), e.g. 90s, 30m, 2h"
              + " (default 10m). A longer one stops the run with exit 5, keeping what finished.")
  Duration maxWait = OsfHttpConfig.DEFAULT_MAX_WAIT;

  @Option(
      names = "--quota",
      scope = ScopeType.INHERIT,
      paramLabel = "SIZE[,PUBLIC]",
      converter = Quotas.Converter.class,
      description =
          "The server's storage quota per project, private and public (default 5GB,50GB as on"
              + " osf.io; one size sets both; GB = 10^9 bytes). Uploads that would not fit are"
              + " skipped before sending.")
  Quotas quotas = Quotas.OSF;

  @Option(
      names = {"-v", "--verbose"},
      scope = ScopeType.INHERIT,
      description = "More detail, and stack traces on errors.")
  boolean verbose;

  @Option(
      names = "--log-file",
      scope = ScopeType.INHERIT,
      paramLabel = "FILE",
      description =
          "Append a plain log of the run to FILE: the progress lines of -v and the errors, with"
              + " times (secrets left out).")
  @Nullable Path logFile;

  @Option(
      names = {"-q", "--quiet"},
      scope = ScopeType.INHERIT,
      description = "Only errors.")
  boolean quiet;

  OsfCommand(CliContext context) {
    this.context = context;
  }

  @Spec
  @SuppressWarnings("NullAway.Init")
  CommandSpec spec;

  /** Without a command: the usage on stderr, exit code 2. */
  @Override
  public Integer call() {
    spec.commandLine().usage(context.err());
    return ExitCodes.USAGE;
  }

  /** Starts the run's log when {@code --log-file} was given; exit 2 when it cannot be written. */
  void openLog() throws CliException {
    Path file = logFile;
    if (file == null) {
      return;
    }
    try {
      context.log(RunLog.open(file, Clock.systemUTC()));
    } catch (IOException | RuntimeException e) {
      throw CliException.usage("--log-file: cannot write " + file + " (" + reason(e) + ")");
    }
  }

  /** Why a local file could not be used, without Java's class names. */
  static String reason(Exception e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such folder";
    }
    if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    String message = e.getMessage();
    return message == null ? "cannot open it" : message;
  }

  CliContext context() {
    return context;
  }

  /** The run's Dagger component, built on first use from the global options. */
  CliComponent component() {
    CliComponent built = component;
    if (built == null) {
      TokenStoreConfig tokens =
          configDir == null
              ? TokenStoreConfig.forCurrentUser()
              : new TokenStoreConfig(configDir.toAbsolutePath(), List.of());
      if (!(maxRate >= 0) || Double.isInfinite(maxRate)) {
        throw new IllegalArgumentException("--max-rate must be 0 (no limit) or positive");
      }
      context.serverWaits().quiet(quiet);
      built = DaggerCliComponent.factory().create(tokens, context);
      component = built;
    }
    return built;
  }

  /** The run's session at the server in effect (options, environment, osf.io). */
  Session session() {
    return session(server());
  }

  /**
   * The run's session at {@code at}: OSF_TOKEN when set, else the tokens stored for each server;
   * every token it reads or stores is a secret no message prints.
   */
  Session session(OsfServer at) {
    CliComponent c = component();
    Session.Builder builder =
        Session.builder(this::connect, tokens())
            .server(at)
            .planner(c.planner())
            .localFiles(c.localFiles())
            .clock(c.clock());
    String token = context.env("OSF_TOKEN");
    if (token != null) {
      builder.token(new AccessToken(token));
    }
    return builder.build();
  }

  /** The stored tokens, as secrets of this run. */
  TokenStore tokens() {
    return new RedactingTokenStore(component().tokens(), context);
  }

  /** The HTTP adapter for one server, paced and capped by the global options. */
  private RemoteStorage connect(OsfServer at, TokenSource tokens) {
    return component()
        .connections()
        .create(new Endpoint(at.apiUrl(), at.filesUrl(), tokens, maxRate, maxWait, quotas))
        .remote();
  }

  /** The API URL from the option, else OSF_API_URL, else osf.io. */
  String apiUrl() {
    return firstOf(apiUrl, context.env("OSF_API_URL"), DEFAULT_API_URL);
  }

  /** The files URL from the option, else OSF_FILES_URL, else osf.io. */
  String filesUrl() {
    return firstOf(filesUrl, context.env("OSF_FILES_URL"), DEFAULT_FILES_URL);
  }

  /** The server the global options, the environment or the defaults name. */
  OsfServer server() {
    return new OsfServer(apiUrl(), filesUrl());
  }

  /** Whether {@code --api-url} or {@code --files-url} was given on the command line. */
  boolean serverOptionGiven() {
    return apiUrl != null || filesUrl != null;
  }

  /** Whether the API or files URL was given explicitly (option or environment). */
  /**
   * {@code failure}, or, when it is "not logged in" to the default server while the token store
   * holds a login at another one, the same line saying how to use that one.
   */
  Throwable withLoginHint(Throwable failure) {
    Throwable cause = Failures.unwrap(failure);
    if (!(cause instanceof NotLoggedInException notLoggedIn) || serverGiven()) {
      return failure;
    }
    List<OsfServer> others;
    try {
      others = tokens().servers().stream().filter(s -> !s.equals(notLoggedIn.server())).toList();
    } catch (IOException | RuntimeException e) {
      return failure;
    }
    if (others.isEmpty()) {
      return failure;
    }
    OsfServer other = others.get(0);
    return new CliException(
        ExitCodes.AUTH,
        Failures.map(cause).getMessage()
            + "; you are logged in at "
            + other.apiUrl()
            + ": to use it, add --api-url "
            + other.apiUrl()
            + " --files-url "
            + other.filesUrl()
            + " (or set OSF_API_URL and OSF_FILES_URL)",
        cause);
  }

  boolean serverGiven() {
    return apiUrl != null || filesUrl != null || context.env("OSF_API_URL") != null;
  }

  /** Informational output goes out unless {@code --quiet}. */
  void info(String line) {
    if (!quiet) {
      context.print(line);
    }
  }

  /** Parses {@code 90}, {@code 90s}, {@code 30m}, {@code 2h} into a duration. */
  static final class WaitConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      Matcher m = WAIT.matcher(value.strip().toLowerCase(Locale.ROOT));
      if (!m.matches()) {
        throw new TypeConversionException(
            "'" + value + "' is not a wait: use seconds, or a number with s, m or h (e.g. 30m)");
      }
      long n = Long.parseLong(m.group(1));
      String unit = m.group(2);
      if (unit.equals("h")) {
        return Duration.ofHours(n);
      }
      return unit.equals("m") ? Duration.ofMinutes(n) : Duration.ofSeconds(n);
    }
  }

  private static final Pattern WAIT = Pattern.compile("(\\d{1,7})\\s*([smh]?)");

  private static String firstOf(@Nullable String a, @Nullable String b, String fallback) {
    if (a != null && !a.isBlank()) {
      return a.strip();
    }
    return b != null ? b : fallback;
  }
}
