package io.github.osf4j.reliability;

import io.github.osf4j.core.Entry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The files a test expects on both sides, and the changes it makes to either side: mixed sizes,
 * nested folders, deterministic from a seed. Changes go straight to the emulator or the disk, not
 * through osf4j.
 */
final class Workload {
  private final Rig rig;
  private final Random random;
  private final Map<String, byte[]> expected = new TreeMap<>();
  private int next;

  Workload(Rig rig, long seed) {
    this.rig = rig;
    this.random = new Random(seed);
  }

  Map<String, byte[]> expected() {
    return expected;
  }

  /** Creates {@code n} new files, half of them locally and half on OSF. */
  void seed(int n) throws IOException {
    for (int i = 0; i < n; i++) {
      create(i % 2 == 0);
    }
  }

  /** Edits, adds and deletes a share of the files on each side (never the same path twice). */
  void mutate(double share) throws IOException {
    List<String> paths = new ArrayList<>(expected.keySet());
    java.util.Collections.shuffle(paths, random);
    int k = Math.max(1, (int) (paths.size() * share));
    int i = 0;
    for (; i < k && i < paths.size(); i++) {
      write(paths.get(i), i % 2 == 0);
    }
    for (int j = 0; j < k / 3 && i < paths.size(); j++, i++) {
      delete(paths.get(i), j % 2 == 0);
    }
    for (int j = 0; j < k; j++) {
      create(j % 2 == 0);
    }
  }

  /** Creates {@code n} new files of {@code bytes} bytes each, alternately local and on OSF. */
  void seedSized(int n, int bytes) throws IOException {
    for (int i = 0; i < n; i++) {
      byte[] content = new byte[bytes];
      random.nextBytes(content);
      int k = next++;
      String path = "big/b" + k + ".bin";
      expected.put(path, content);
      if (i % 2 == 0) {
        Path file = rig.root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
      } else {
        rig.server.putFile(rig.projectId, path, content);
      }
    }
  }

  private void create(boolean local) throws IOException {
    int i = next++;
    String path = folder(i) + "f" + i + extension(i);
    write(path, local);
  }

  private void write(String path, boolean local) throws IOException {
    byte[] content = content();
    expected.put(path, content);
    if (local) {
      Path file = rig.root.resolve(path);
      Files.createDirectories(file.getParent());
      Files.write(file, content);
    } else {
      rig.server.putFile(rig.projectId, path, content);
    }
  }

  private void delete(String path, boolean local) throws IOException {
    expected.remove(path);
    if (local) {
      Files.delete(rig.root.resolve(path));
    } else {
      Entry e = Trees.remoteFiles(rig.remote, rig.projectId).get(path);
      if (e == null) {
        throw new IllegalStateException("not on the remote: " + path);
      }
      rig.remote.delete(rig.projectId, e);
    }
  }

  private String folder(int i) {
    int depth = random.nextInt(4);
    StringBuilder b = new StringBuilder();
    for (int d = 0; d < depth; d++) {
      b.append("d").append(d).append('-').append(random.nextInt(5)).append('/');
    }
    return b.toString();
  }

  private static String extension(int i) {
    String[] ext = {".csv", ".txt", ".bin", "", ".tar.gz", ".json"};
    return ext[i % ext.length];
  }

  /** Mostly small files, some medium, a few of one or two MiB; some empty. */
  private byte[] content() {
    int roll = random.nextInt(100);
    int size;
    if (roll < 5) {
      size = 0;
    } else if (roll < 35) {
      size = 1 + random.nextInt(200);
    } else if (roll < 85) {
      size = 1_000 + random.nextInt(64_000);
    } else if (roll < 97) {
      size = 64_000 + random.nextInt(450_000);
    } else {
      size = 1_048_576 + random.nextInt(1_048_576);
    }
    byte[] b = new byte[size];
    random.nextBytes(b);
    return b;
  }
}
