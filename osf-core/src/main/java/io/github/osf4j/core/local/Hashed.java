package io.github.osf4j.core.local;

import io.github.osf4j.core.Entry;
import io.github.osf4j.core.RelPath;
import org.jspecify.annotations.Nullable;

/** The outcome of hashing one file: its entry, or the problem that stopped it. */
record Hashed(RelPath key, @Nullable Entry entry, @Nullable String problem) {

  static Hashed of(Entry entry) {
    return new Hashed(entry.path(), entry, null);
  }

  static Hashed problem(RelPath key, String problem) {
    return new Hashed(key, null, problem);
  }
}
