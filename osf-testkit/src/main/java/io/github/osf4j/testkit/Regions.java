package io.github.osf4j.testkit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The storage regions and where each one's WaterButler listens: the default region ({@code us})
 * shares the API's port, every other region has a loopback port of its own. Thread-safe.
 */
final class Regions {
  static final String DEFAULT = "us";

  private final Store store;
  private final Map<String, Integer> ports = new LinkedHashMap<>();

  Regions(Store store, int apiPort) {
    this.store = store;
    ports.put(DEFAULT, apiPort);
  }

  synchronized void add(String region, int port) {
    ports.put(region, port);
  }

  synchronized boolean contains(String region) {
    return ports.containsKey(region);
  }

  /** Region ids in the order they were added, the default first. */
  synchronized Map<String, Integer> ports() {
    return Map.copyOf(ports);
  }

  /** {@code http://127.0.0.1:P} of a region's WaterButler. */
  synchronized String base(String region) {
    Integer port = ports.get(region);
    if (port == null) {
      throw new IllegalArgumentException("no region " + region);
    }
    return "http://127.0.0.1:" + port;
  }

  /** The region of a node (the default one for an unknown node). */
  String regionOf(String nodeId) {
    synchronized (store) {
      NodeRec n = store.node(nodeId);
      return n == null ? DEFAULT : n.region;
    }
  }

  /** {@code http://127.0.0.1:P} of the WaterButler that serves a node's storage. */
  String wbBase(String nodeId) {
    return base(regionOf(nodeId));
  }

  /** The region served on {@code port}, or null when no region is. */
  synchronized @Nullable String servedOn(int port) {
    for (Map.Entry<String, Integer> e : ports.entrySet()) {
      if (e.getValue() == port) {
        return e.getKey();
      }
    }
    return null;
  }
}
