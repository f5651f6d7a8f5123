package io.github.osf4j.cli;

/** What one run of the command printed, and its exit code. */
record CliResult(int code, String out, String err) {
  @Override
  public String toString() {
    return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}
