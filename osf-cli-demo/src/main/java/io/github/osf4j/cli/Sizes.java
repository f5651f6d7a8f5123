package io.github.osf4j.cli;

import java.util.Locale;

/** Byte counts for people: {@code 512 B}, {@code 1.5 kB}, {@code 3.2 MB}. */
final class Sizes {
  private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB"};

  private Sizes() {}

  static String human(long bytes) {
    if (bytes < 1000) {
      return bytes + " B";
    }
    double value = bytes;
    int unit = 0;
    while (value >= 1000 && unit < UNITS.length - 1) {
      value /= 1000;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
  }
}
