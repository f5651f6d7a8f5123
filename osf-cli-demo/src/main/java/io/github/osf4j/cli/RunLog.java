package io.github.osf4j.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The plain log of one run ({@code --log-file FILE}): a UTC time stamp and a line, for each
 * progress line {@code -v} would print and each error; appended to, flushed line by line.
 */
final class RunLog {
  private final BufferedWriter writer;
  private final Clock clock;
  private boolean failed;

  private RunLog(BufferedWriter writer, Clock clock) {
    this.writer = writer;
    this.clock = clock;
  }

  /** Opens {@code file} for appending (creating it). */
  static RunLog open(Path file, Clock clock) throws IOException {
    return new RunLog(
        Files.newBufferedWriter(
            file,
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND,
            StandardOpenOption.WRITE),
        clock);
  }

  /** Appends {@code time line}; a log that cannot be written is given up silently. */
  synchronized void line(String line) {
    if (failed) {
      return;
    }
    try {
      writer.write(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS) + " " + line);
      writer.newLine();
      writer.flush();
    } catch (IOException e) {
      failed = true;
    }
  }

  synchronized void close() {
    try {
      writer.close();
    } catch (IOException e) {
      failed = true;
    }
  }
}
