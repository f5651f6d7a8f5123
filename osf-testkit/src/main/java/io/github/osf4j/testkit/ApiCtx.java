package io.github.osf4j.testkit;

/** Where links point and which API minor version (2.x) a response is rendered for. */
record ApiCtx(String base, int minor) {
  static final int LATEST = 20;

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
    return base + "/v1/resources/" + nodeId + "/providers/osfstorage";
  }
}
