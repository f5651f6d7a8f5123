package io.github.osf4j.cli;

/** A command that may answer with one JSON object on stdout, failures included. */
interface JsonCommand {
  /** Whether {@code --json} was given. */
  boolean json();
}
