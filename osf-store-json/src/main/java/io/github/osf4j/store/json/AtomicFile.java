package io.github.osf4j.store.json;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.COPY_ATTRIBUTES;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;
import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

/**
 * Replaces one file atomically: writes a temp file in the same folder, flushes and forces it to
 * disk, renames it over the target and forces the folder where the platform allows it. Readers see
 * the old or the new content, never a torn one. Not thread-safe; callers serialise writes.
 */
final class AtomicFile {

  /** The prefix of every temp file osf4j writes; scanners ignore names starting with it. */
  static final String TEMP_PREFIX = ".osf4j-";

  private static final int BUFFER = 1 << 16;

  /** Writes a file's whole content to a stream. */
  @FunctionalInterface
  interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  private final Path file;
  private final Path folder;
  private final List<FileAttribute<?>> attributes;
  private final UnaryOperator<OutputStream> outputHook;

  /**
   * @param attributes given to the temp file when it is created (e.g. mode 0600)
   * @param outputHook wraps the temp file's stream (tests inject failures here)
   */
  AtomicFile(Path file, List<FileAttribute<?>> attributes, UnaryOperator<OutputStream> outputHook) {
    this.file = file.toAbsolutePath();
    Path parent = this.file.getParent();
    if (parent == null || this.file.getFileName() == null) {
      throw new IllegalArgumentException("not a file path: " + file);
    }
    this.folder = parent;
    this.attributes = List.copyOf(attributes);
    this.outputHook = outputHook;
  }

  Path file() {
    return file;
  }

  /** The backup that {@link #write} keeps of the replaced version: {@code <name>.bak}. */
  Path backup() {
    return folder.resolve(name() + ".bak");
  }

  /**
   * Replaces the file with what {@code body} writes; on any failure the old file is left as it was
   * and the temp file is removed.
   *
   * @param keepBackup whether the replaced version is kept as {@link #backup()}
   */
  void write(Body body, boolean keepBackup) throws IOException {
    Path temp = tempPath(".tmp");
    boolean moved = false;
    try {
      writeAndForce(temp, body);
      if (keepBackup && Files.exists(file)) {
        keepBackup();
      }
      move(temp, file);
      moved = true;
    } catch (ClosedByInterruptException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted =
          new InterruptedIOException("interrupted writing " + file);
      interrupted.initCause(e);
      throw interrupted;
    } finally {
      if (!moved) {
        deleteLeftover(temp);
      }
    }
    forceFolder();
  }

  /**
   * Removes a temp file after a failure; one left behind is harmless (scanners skip the prefix).
   */
  private static void deleteLeftover(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException ignored) {
      // The failure that got us here is the one worth reporting.
    }
  }

  private void writeAndForce(Path temp, Body body) throws IOException {
    FileAttribute<?>[] attrs = attributes.toArray(new FileAttribute<?>[0]);
    try (FileChannel channel = FileChannel.open(temp, EnumSet.of(CREATE_NEW, WRITE), attrs)) {
      OutputStream out =
          new BufferedOutputStream(outputHook.apply(new Unclosable(channel)), BUFFER);
      body.writeTo(out);
      out.flush();
      channel.force(true);
    }
  }

  /** Links (or, where links are not supported, copies) the current file to the backup name. */
  private void keepBackup() throws IOException {
    Path temp = tempPath(".bak");
    try {
      try {
        Files.createLink(temp, file);
      } catch (UnsupportedOperationException | FileSystemException noLink) {
        Files.deleteIfExists(temp);
        Files.copy(file, temp, COPY_ATTRIBUTES);
      }
      move(temp, backup());
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Renames {@code from} over {@code to}, atomically where the file system can. */
  static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, ATOMIC_MOVE, REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, REPLACE_EXISTING);
    }
  }

  /** Makes the rename durable; some platforms (Windows) and file systems refuse, which is fine. */
  private void forceFolder() {
    try (FileChannel channel = FileChannel.open(folder, READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException refused) {
      // The rename has happened; only its durability across a power cut is not guaranteed here.
    }
  }

  private Path tempPath(String suffix) {
    long random = ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE;
    return folder.resolve(TEMP_PREFIX + name() + "." + Long.toString(random, 36) + suffix);
  }

  private String name() {
    return String.valueOf(file.getFileName());
  }

  /** A channel's stream whose close() does not close the channel, so it can still be forced. */
  private static final class Unclosable extends OutputStream {
    private final OutputStream out;

    Unclosable(FileChannel channel) {
      this.out = Channels.newOutputStream(channel);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() {
      // The channel is closed by its owner after force().
    }
  }
}
