package io.github.osf4j.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A generated tree: {@code top} folders at the root, each holding {@code subs} subfolders, and the
 * files spread evenly over all folders (none at the root). 1,000 folders are 10 x (1 + 99).
 */
record Tree(int top, int subs, int files, int fileBytes) {

  /** About {@code folders} folders holding {@code files} files of {@code fileBytes} each. */
  static Tree of(int folders, int files, int fileBytes) {
    int top = Math.max(1, folders / 100);
    int subs = Math.max(0, folders / top - 1);
    return new Tree(top, subs, files, fileBytes);
  }

  int folderCount() {
    return top * (subs + 1);
  }

  long totalBytes() {
    return (long) files * fileBytes;
  }

  /** Every folder path, parents before children. */
  List<String> folders() {
    List<String> out = new ArrayList<>(folderCount());
    for (int t = 0; t < top; t++) {
      String parent = String.format(Locale.ROOT, "d%03d", t);
      out.add(parent);
      for (int s = 0; s < subs; s++) {
        out.add(parent + String.format(Locale.ROOT, "/s%03d", s));
      }
    }
    return out;
  }

  /** Every file path, in folder order. */
  List<String> filePaths() {
    List<String> folders = folders();
    List<String> out = new ArrayList<>(files);
    for (int i = 0; i < files; i++) {
      String folder = folders.get(i % folders.size());
      out.add(folder + String.format(Locale.ROOT, "/f%06d.bin", i));
    }
    return out;
  }

  /** Writes the tree under {@code root} with pseudo-random contents (distinct per file). */
  void write(Path root, long seed) throws IOException {
    for (String folder : folders()) {
      Files.createDirectories(root.resolve(folder));
    }
    SplittableRandom random = new SplittableRandom(seed);
    byte[] buffer = new byte[fileBytes];
    for (String file : filePaths()) {
      fill(buffer, random);
      Files.write(root.resolve(file), buffer);
    }
  }

  /** Content for one file of the tree, for the emulator. */
  static byte[] content(int bytes, SplittableRandom random) {
    byte[] buffer = new byte[bytes];
    fill(buffer, random);
    return buffer;
  }

  /** Writes {@code size} pseudo-random bytes to {@code file}. */
  static void writeBig(Path file, long size, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    byte[] buffer = new byte[1 << 20];
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      for (long left = size; left > 0; ) {
        fill(buffer, random);
        int n = (int) Math.min(left, buffer.length);
        out.write(buffer, 0, n);
        left -= n;
      }
    }
  }

  private static void fill(byte[] buffer, SplittableRandom random) {
    ByteBuffer longs = ByteBuffer.wrap(buffer);
    while (longs.remaining() >= Long.BYTES) {
      longs.putLong(random.nextLong());
    }
    while (longs.hasRemaining()) {
      longs.put((byte) random.nextInt());
    }
  }
}
