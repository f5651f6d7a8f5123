package io.github.osf4j.store.json;

import io.github.osf4j.core.Entry;
import io.github.osf4j.core.EntryKind;
import io.github.osf4j.core.LocalStamp;
import io.github.osf4j.core.ProjectConfig;
import io.github.osf4j.core.ProjectState;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.RemoteRef;
import io.github.osf4j.core.Snapshot;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** Values the tests share. */
final class Fixtures {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T14:30:05Z"), ZoneOffset.UTC);

  private Fixtures() {}

  static ProjectConfig config() {
    return new ProjectConfig(
        "https://api.osf.io/v2/",
        "https://files.osf.io/v1/",
        "abc12",
        "Stroop — Ünïcode title",
        "u7xyz",
        "user@example.com",
        "/home/ana/Stroop",
        List.of("*.tmp", "build/"));
  }

  /**
   * A base of {@code files} files in folders, with unicode names, stamps, remote refs and
   * spellings.
   */
  static Snapshot snapshot(int files) {
    Snapshot.Builder builder = Snapshot.builder();
    for (int i = 0; i < files; i++) {
      RelPath folder = RelPath.of("données/Ordner-" + (i % 37));
      builder.put(Entry.folder(folder.parent().orElseThrow()));
      builder.put(Entry.folder(folder).withRemote(new RemoteRef("folder" + (i % 37), 0)));
      RelPath path = folder.child("fichier-" + i + (i % 3 == 0 ? "-日本語.csv" : ".txt"));
      Entry file =
          new Entry(
              path,
              EntryKind.FILE,
              i * 17L,
              hex(i, 32),
              i % 2 == 0 ? hex(i, 64) : null,
              i % 5 == 0 ? null : new RemoteRef("5f" + i, 1 + i % 4),
              i % 7 == 0
                  ? null
                  : new LocalStamp(i * 17L, 1_700_000_000_000L + i, "(dev=801,ino=" + i + ")"),
              i % 11 == 0 ? path.value().replace("é", "e\u0301") : null);
      builder.put(file);
    }
    return builder.build();
  }

  static ProjectState state(int files) {
    return new ProjectState(config(), snapshot(files));
  }

  static String hex(int seed, int length) {
    StringBuilder out = new StringBuilder();
    long x = seed * 0x9E3779B97F4A7C15L + 1;
    while (out.length() < length) {
      x ^= x << 13;
      x ^= x >>> 7;
      x ^= x << 17;
      out.append(String.format(Locale.ROOT, "%016x", x));
    }
    return out.substring(0, length);
  }

  /** An output hook whose stream fails once {@code limit} bytes have been written. */
  static UnaryOperator<OutputStream> failAfter(long limit) {
    return out ->
        new OutputStream() {
          private long written;

          @Override
          public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            if (written + len > limit) {
              throw new IOException("injected failure after " + written + " bytes");
            }
            written += len;
            out.write(b, off, len);
          }
        };
  }

  static ProjectLocker locker(ProcessProbe probe, long pid, String host) {
    return new ProjectLocker(CLOCK, probe, pid, host);
  }

  static JsonProjectStoreFactory factory() {
    return new JsonProjectStoreFactory(
        locker((pid, at) -> true, 4242, "host-a"), UnaryOperator.identity());
  }

  static JsonProjectStoreFactory factory(UnaryOperator<OutputStream> hook) {
    return new JsonProjectStoreFactory(locker((pid, at) -> true, 4242, "host-a"), hook);
  }
}
