package io.github.osf4j.testkit;

/** A personal access token: its secret value, owner and whether it may write. */
record Token(String id, String value, String userId, String name, String scopes) {

  boolean canWrite() {
    return scopes.contains("osf.full_write");
  }

  @Override
  public String toString() {
    return "Token[" + id + "]";
  }
}
