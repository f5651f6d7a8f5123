package io.github.osf4j.testkit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The emulator's storage quotas: one for private and one for public projects (osf.io: 5 GB and 50
 * GB), a quota of its own for any node, and how many storage reads still answer 202 (usage not
 * computed yet). Thread-safe.
 */
final class StorageQuotas {
  private final long privateBytes;
  private final long publicBytes;
  private final Map<String, Long> perNode = new ConcurrentHashMap<>();
  private final AtomicInteger pending = new AtomicInteger();

  StorageQuotas(long privateBytes, long publicBytes) {
    this.privateBytes = privateBytes;
    this.publicBytes = publicBytes;
  }

  /** The quota of {@code node} now. */
  long of(NodeRec node) {
    Long own = perNode.get(node.id);
    if (own != null) {
      return own;
    }
    return node.isPublic ? publicBytes : privateBytes;
  }

  void set(String nodeId, long bytes) {
    perNode.put(nodeId, bytes);
  }

  /** The next {@code reads} storage reads answer 202. */
  void pending(int reads) {
    pending.set(reads);
  }

  /** Whether this read answers 202 (and counts it). */
  boolean takePending() {
    return pending.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
  }
}
