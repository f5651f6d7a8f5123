package io.github.osf4j.testkit;

import java.util.Random;
import org.jspecify.annotations.Nullable;

/** What the fault rules decided for one request. */
final class Decision {
  long latencyMillis;
  @Nullable Fault answer;
  @Nullable Fault transport;
  long bytesPerSecond;
  boolean paginationBug;
  boolean loopingNext;
  boolean corruptBody;

  void apply(Fault f, Random random) {
    switch (f.kind) {
      case LATENCY -> latencyMillis += f.first;
      case RANDOM_LATENCY ->
          latencyMillis += f.first + (long) (random.nextDouble() * (f.second - f.first + 1));
      case STATUS, THROTTLE, MAINTENANCE -> {
        if (answer == null) {
          answer = f;
        }
      }
      case RESET_BEFORE_BODY, RESET_MID_BODY, TRUNCATED_BODY -> {
        if (transport == null) {
          transport = f;
        }
      }
      case CORRUPT_BODY -> corruptBody = true;
      case SLOW_BODY -> bytesPerSecond = f.first;
      case PAGINATION_BUG -> paginationBug = true;
      case LOOPING_NEXT -> loopingNext = true;
    }
  }
}
