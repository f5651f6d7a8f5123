package io.github.osf4j.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;

/**
 * The standalone runner: {@code java -jar osf-testkit.jar --port N --token T [--user
 * EMAIL:PASSWORD] [--otp-secret S] [--latency-ms N] [--fail-rate P] [--seed N] [--api-limit N]
 * [--wb-limit N] [--wb-window SECONDS] [--region ID[=PORT]]... [--private-quota BYTES]
 * [--public-quota BYTES] [--storage-202 N]}.
 */
public final class EmulatorMain {
  static final String USAGE =
      "usage: osf-emulator --port N --token T [--user EMAIL:PASSWORD] [--otp-secret BASE32]"
          + " [--latency-ms N] [--fail-rate P] [--seed N] [--api-limit N] [--wb-limit N]"
          + " [--wb-window SECONDS] [--region ID[=PORT]]... [--private-quota BYTES]"
          + " [--public-quota BYTES] [--storage-202 N]\n"
          + "  --port 0 picks a free port; --fail-rate P answers 503 with probability P (0..1).\n"
          + "  --api-limit N: API v2 answers 429 after N requests a day per user (osf.io: 10000).\n"
          + "  --wb-limit N: WaterButler's limiter on, N requests per token per window"
          + " (--wb-window, default 3600 s; osf.io when on: 3600 an hour).\n"
          + "  --region ID[=PORT]: another storage region (e.g. de1) whose WaterButler listens on"
          + " its own port\n"
          + "    (default: a free one); repeatable. The default region us shares --port. Create a"
          + " project in it\n"
          + "    with POST /v2/nodes/ and \"relationships\":{\"region\":{\"data\":{\"type\":"
          + "\"regions\",\"id\":\"de1\"}}}.\n"
          + "  --private-quota BYTES: the storage quota of private projects (osf.io: 5000000000);"
          + " --public-quota BYTES: of public ones (osf.io: 50000000000). An upload that would"
          + " exceed it gets 507 after its body is read.\n"
          + "  --storage-202 N: the first N reads of /v2/nodes/{id}/storage/ answer 202 (usage"
          + " still being computed).";

  private EmulatorMain() {}

  /** Runs the emulator until the process is killed; exits 2 on bad flags. */
  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Parses the flags, starts the server, prints one JSON line with the URLs, then serves until the
   * thread is interrupted (returns 0) or the JVM exits; returns 2 on bad flags.
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    FakeOsfServer.Builder b = FakeOsfServer.builder();
    String token;
    int storagePending = 0;
    try {
      token = configure(b, args);
      storagePending = storagePending(args);
    } catch (IllegalArgumentException e) {
      err.println("osf-emulator: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    FakeOsfServer server;
    try {
      server = b.start();
    } catch (RuntimeException e) {
      err.println("osf-emulator: cannot start: " + e.getMessage());
      return 2;
    }
    server.setStoragePending(storagePending);
    ObjectNode line = ApiJson.MAPPER.createObjectNode();
    line.put("api", server.apiUrl()).put("files", server.filesUrl()).put("token", token);
    if (server.regions().size() > 1) {
      ObjectNode regions = line.putObject("regions");
      for (String region : server.regions()) {
        regions.put(region, server.filesUrl(region));
      }
    }
    out.println(line.toString());
    out.flush();
    CountDownLatch forever = new CountDownLatch(1);
    Thread hook = new Thread(server::close, "fake-osf-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      forever.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Runtime.getRuntime().removeShutdownHook(hook);
    server.close();
    return 0;
  }

  private static String configure(FakeOsfServer.Builder b, String[] args) {
    String token = null;
    boolean portGiven = false;
    int wbLimit = 0;
    int wbWindow = 3600;
    for (int i = 0; i < args.length; i += 2) {
      String flag = args[i];
      String value = i + 1 < args.length ? args[i + 1] : null;
      if (value == null) {
        throw new IllegalArgumentException("missing value for " + flag);
      }
      switch (flag) {
        case "--port" -> {
          int port = integer(flag, value);
          if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be 0..65535");
          }
          b.port(port);
          portGiven = true;
        }
        case "--token" -> {
          if (value.isBlank()) {
            throw new IllegalArgumentException("--token must not be empty");
          }
          token = value;
          b.token(value);
        }
        case "--user" -> {
          int colon = value.indexOf(':');
          if (colon <= 0 || colon == value.length() - 1) {
            throw new IllegalArgumentException("--user must be EMAIL:PASSWORD");
          }
          b.user(value.substring(0, colon), value.substring(colon + 1));
        }
        case "--otp-secret" -> otp(b, value);
        case "--latency-ms" -> {
          int ms = integer(flag, value);
          if (ms < 0) {
            throw new IllegalArgumentException("--latency-ms must be >= 0");
          }
          b.initialFault(Fault.latency(Duration.ofMillis(ms)));
        }
        case "--fail-rate" -> b.initialFault(Fault.status(503).probability(rate(value)));
        case "--seed" -> b.seed(longValue(flag, value));
        case "--region" -> region(b, value);
        case "--api-limit" -> b.apiDailyLimit(nonNegative(flag, value));
        case "--wb-limit" -> wbLimit = nonNegative(flag, value);
        case "--wb-window" -> {
          wbWindow = nonNegative(flag, value);
          if (wbWindow == 0) {
            throw new IllegalArgumentException("--wb-window must be at least 1");
          }
        }
        case "--private-quota" -> b.quotaBytes(positiveLong(flag, value));
        case "--public-quota" -> b.publicQuotaBytes(positiveLong(flag, value));
        case "--storage-202" -> nonNegative(flag, value);
        default -> throw new IllegalArgumentException("unknown flag " + flag);
      }
    }
    if (wbLimit > 0) {
      b.waterButlerLimit(wbLimit, Duration.ofSeconds(wbWindow));
    }
    if (!portGiven) {
      throw new IllegalArgumentException("--port is required");
    }
    if (token == null) {
      throw new IllegalArgumentException("--token is required");
    }
    return token;
  }

  private static void region(FakeOsfServer.Builder b, String value) {
    int eq = value.indexOf('=');
    String id = eq < 0 ? value : value.substring(0, eq);
    int port = eq < 0 ? 0 : integer("--region " + id + "=PORT", value.substring(eq + 1));
    try {
      b.region(id, port);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--region: " + e.getMessage(), e);
    }
  }

  private static void otp(FakeOsfServer.Builder b, String value) {
    try {
      b.otpSecret(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--otp-secret must be base32", e);
    }
  }

  /** The value of {@code --storage-202}, 0 when not given (configure() validated it). */
  private static int storagePending(String[] args) {
    int reads = 0;
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (args[i].equals("--storage-202")) {
        reads = nonNegative(args[i], args[i + 1]);
      }
    }
    return reads;
  }

  private static long positiveLong(String flag, String value) {
    long n = longValue(flag, value);
    if (n <= 0) {
      throw new IllegalArgumentException(flag + " must be at least 1");
    }
    return n;
  }

  private static int nonNegative(String flag, String value) {
    int n = integer(flag, value);
    if (n < 0) {
      throw new IllegalArgumentException(flag + " must be >= 0");
    }
    return n;
  }

  private static double rate(String value) {
    try {
      double p = Double.parseDouble(value);
      if (p < 0 || p > 1) {
        throw new IllegalArgumentException("--fail-rate must be between 0 and 1");
      }
      return p;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--fail-rate must be a number between 0 and 1", e);
    }
  }

  private static int integer(String flag, @Nullable String value) {
    try {
      return Integer.parseInt(String.valueOf(value));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + " must be an integer", e);
    }
  }

  private static long longValue(String flag, String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + " must be an integer", e);
    }
  }
}
