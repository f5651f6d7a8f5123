package io.github.osf4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.security.NoSuchAlgorithmException;
import javax.net.ssl.SSLContext;

/**
 * Loads what every command that talks to OSF needs (Jackson's databind, the default TLS context and
 * its trust store) on a background thread while picocli builds the command model on the main one:
 * on two cores a short command's start-up is then their longest part rather than their sum.
 */
final class Warmup {
  private Warmup() {}

  /** Starts the warm-up on a daemon thread; a failure there is left for the real use to report. */
  static void start() {
    Thread thread = new Thread(Warmup::run, "osf4j-warmup");
    thread.setDaemon(true);
    thread.start();
  }

  private static void run() {
    try {
      new ObjectMapper().readTree("{\"data\":[{\"id\":\"x\",\"attributes\":{\"n\":1}}]}");
      SSLContext.getDefault();
    } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
      // Nothing to do: the command itself meets the same problem and reports it.
    }
  }
}
