package io.github.osf4j.core;

/** Told how far one transfer has come. Called from the transferring thread. */
@FunctionalInterface
public interface TransferListener {

  TransferListener NONE = bytes -> {};

  /** {@code bytes} more bytes were sent or received (negative after a restart from zero). */
  void transferred(long bytes);
}
