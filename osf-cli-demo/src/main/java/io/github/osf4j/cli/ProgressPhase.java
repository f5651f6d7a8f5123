package io.github.osf4j.cli;

import java.util.Locale;

/** A phase of a run before transfers, as progress shows it: what is happening, with counts. */
record ProgressPhase(String text) {
  static ProgressPhase scanning() {
    return new ProgressPhase("scanning the local folder");
  }

  static ProgressPhase listing(long scannedFiles) {
    return new ProgressPhase(
        String.format(Locale.ROOT, "scanned %,d local files; listing OSF", scannedFiles));
  }
}
