package io.github.osf4j.testkit;

import org.jspecify.annotations.Nullable;

/**
 * Where links point and which API minor version (2.x) a response is rendered for; WaterButler links
 * use the node's region's host when {@code regions} is given.
 */
record ApiCtx(String base, int minor, @Nullable Regions regions) {
  static final int LATEST = 20;

  ApiCtx(String base, int minor) {
    this(base, minor, null);
  }

  ApiCtx(Env env, int minor) {
    this(env.base(), minor, env.regions());
  }

  String version() {
    return "2." + minor;
  }

  String api(String path) {
    return base + "/v2/" + path;
  }

  String web(String path) {
    return base + "/" + path;
  }

  String wb(String nodeId) {
    String host = regions == null ? base : regions.wbBase(nodeId);
    return host + "/v1/resources/" + nodeId + "/providers/osfstorage";
  }
}
