package io.github.osf4j.cli;

import java.util.Locale;

/** A phase of a run before transfers, as progress shows it: what is happening, with counts. */
record Phase(String text) {
  static Phase scanning() {
    return new Phase("scanning the local folder");
  }

  static Phase listing(long scannedFiles) {
    return new Phase(
        String.format(Locale.ROOT, "scanned %,d local files; listing OSF", scannedFiles));
  }
}
