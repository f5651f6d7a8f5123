package io.github.osf4j.testkit;

import java.time.Clock;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Random;
import java.util.Set;

/** Makes OSF-looking ids: 5-character GUIDs and 24-hex object ids, from a seed. */
final class Ids {
  private static final String GUID_CHARS = "23456789abcdefghjkmnpqrstuvwxyz";
  private final Random random;
  private final Clock clock;
  private final Set<String> used = new HashSet<>();

  Ids(long seed, Clock clock) {
    this.random = new Random(seed);
    this.clock = clock;
  }

  synchronized String guid() {
    while (true) {
      StringBuilder sb = new StringBuilder(5);
      for (int i = 0; i < 5; i++) {
        sb.append(GUID_CHARS.charAt(random.nextInt(GUID_CHARS.length())));
      }
      if (used.add(sb.toString())) {
        return sb.toString();
      }
    }
  }

  synchronized String objectId() {
    while (true) {
      byte[] tail = new byte[8];
      random.nextBytes(tail);
      String id =
          String.format("%08x", clock.instant().getEpochSecond() & 0xffffffffL)
              + HexFormat.of().formatHex(tail);
      if (used.add(id)) {
        return id;
      }
    }
  }

  synchronized String uuid() {
    return new java.util.UUID(random.nextLong(), random.nextLong()).toString();
  }
}
