package io.github.osf4j.testkit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Renders instants the way OSF API v2 and WaterButler do. */
final class Dates {
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter MICROS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);

  private Dates() {}

  /** API v2: below 2.2 naive ("…ss.ffffff", no fraction when 0); from 2.2 "…ss.ffffffZ". */
  static String api(Instant t, int minor) {
    if (minor >= 2) {
      return MICROS.format(t) + "Z";
    }
    return t.truncatedTo(ChronoUnit.SECONDS).equals(t.truncatedTo(ChronoUnit.MICROS))
        ? SECONDS.format(t)
        : MICROS.format(t);
  }

  /** API v2 file date_created: ISO with "Z" at every version. */
  static String apiFileCreated(Instant t) {
    return MICROS.format(t) + "Z";
  }

  /** WaterButler "modified": "…ss.ffffff+00:00". */
  static String wb(Instant t) {
    return MICROS.format(t) + "+00:00";
  }

  /** WaterButler "modified_utc", with or without microseconds. */
  static String wbUtc(Instant t, boolean micros) {
    return (micros ? MICROS.format(t) : SECONDS.format(t)) + "+00:00";
  }

  /** RFC 1123 for Last-Modified. */
  static String http(Instant t) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(t.atOffset(ZoneOffset.UTC));
  }
}
