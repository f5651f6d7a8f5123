package io.github.osf4j.core;

/** Whether an entry is a file or a folder. */
public enum EntryKind {
  FILE,
  FOLDER
}
