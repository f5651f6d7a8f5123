package io.github.osf4j.store.json;

import java.time.Duration;
import java.time.Instant;

/** Says how long ago something happened, for messages: {@code 3 min ago}. */
final class Ages {
  private Ages() {}

  static String since(Instant then, Instant now) {
    Duration d = Duration.between(then, now);
    if (d.isNegative()) {
      return "locked just now";
    }
    long s = d.toSeconds();
    if (s < 120) {
      return "locked " + s + " s ago";
    }
    if (s < 2 * 3600) {
      return "locked " + d.toMinutes() + " min ago";
    }
    if (s < 2 * 86400) {
      return "locked " + d.toHours() + " h ago";
    }
    return "locked " + d.toDays() + " days ago";
  }
}
