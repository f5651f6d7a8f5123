package io.github.osf4j.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Appends one line of measured figures per suite to the figures file (target/...). */
final class Figures {
  private Figures() {}

  static synchronized void record(String suite, String line) {
    String file = System.getProperty("osf.figures.file", "target/reliability-figures.txt");
    try {
      Path p = Path.of(file);
      Path parent = p.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(
          p,
          suite + ": " + line + System.lineSeparator(),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
