package io.github.osf4j.store.json;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** What a lock file says about its owner. */
record LockInfo(long pid, String host, Instant started) {

  LockInfo {
    requireNonNull(host, "host");
    requireNonNull(started, "started");
  }

  String describe() {
    return "process " + pid + " on host " + host + ", locked at " + started;
  }
}
