package io.github.osf4j.reliability;

import io.github.osf4j.core.Entry;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.Snapshot;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Compares the expected files with the local disk, the emulator's stored bytes, the remote listing
 * and the index: returns every difference, so that a test can count losses and fail with all of
 * them at once.
 */
final class Verifier {
  private final Rig rig;
  private int filesChecked;

  Verifier(Rig rig) {
    this.rig = rig;
  }

  int filesChecked() {
    return filesChecked;
  }

  /** Differences between {@code expected} and the three places; empty when all agree. */
  List<String> differences(Map<String, byte[]> expected, Snapshot index) throws IOException {
    List<String> out = new ArrayList<>();
    Map<String, String> local = Trees.localFiles(rig.root);
    Map<String, Entry> listed = Trees.remoteFiles(rig.remote, rig.projectId);
    TreeSet<String> extra = new TreeSet<>(local.keySet());
    extra.addAll(listed.keySet());
    extra.removeAll(expected.keySet());
    for (String path : extra) {
      out.add("unexpected file " + path + (local.containsKey(path) ? " (local)" : " (remote)"));
    }
    for (Map.Entry<String, byte[]> e : expected.entrySet()) {
      filesChecked++;
      check(e.getKey(), e.getValue(), local, listed, index, out);
    }
    return out;
  }

  private void check(
      String path,
      byte[] content,
      Map<String, String> local,
      Map<String, Entry> listed,
      Snapshot index,
      List<String> out) {
    String sha = Trees.sha256(content);
    String md5 = Trees.md5(content);
    if (!sha.equals(local.get(path))) {
      out.add((local.containsKey(path) ? "corrupt" : "lost") + " locally: " + path);
    }
    Optional<byte[]> stored = rig.server.readFile(rig.projectId, path);
    if (stored.isEmpty() || !sha.equals(Trees.sha256(stored.get()))) {
      out.add((stored.isPresent() ? "corrupt" : "lost") + " on OSF: " + path);
    }
    Entry remote = listed.get(path);
    if (remote == null || !md5.equals(remote.md5())) {
      out.add("remote listing disagrees: " + path);
    }
    Entry indexed = index.find(new RelPath(path));
    if (indexed == null
        || indexed.size() != content.length
        || (indexed.sha256() != null && !sha.equals(indexed.sha256()))
        || (indexed.md5() != null && !md5.equals(indexed.md5()))
        || (indexed.sha256() == null && indexed.md5() == null)) {
      out.add("index disagrees: " + path);
    }
  }

  /** How many expected files are missing or wrong on either side (a subset of differences). */
  static long losses(List<String> differences) {
    return differences.stream()
        .filter(d -> d.startsWith("lost") || d.startsWith("corrupt"))
        .count();
  }
}
