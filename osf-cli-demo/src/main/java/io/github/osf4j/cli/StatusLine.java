package io.github.osf4j.cli;

/** A line redrawn in place on a terminal's stderr, which another message may need to end first. */
interface StatusLine {
  /** Clears the line being drawn, if any, so that the next output starts at column 0. */
  void interrupt();
}
