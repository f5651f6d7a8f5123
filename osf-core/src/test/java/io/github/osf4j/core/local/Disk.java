package io.github.osf4j.core.local;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/** Test helpers: file systems and files. */
final class Disk {
  static final String EMPTY_MD5 = "d41d8cd98f00b204e9800998ecf8427e";
  static final String EMPTY_SHA256 =
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
  static final String ABC_MD5 = "900150983cd24fb0d6963f7d28e17f72";
  static final String ABC_SHA256 =
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  private Disk() {}

  static FileSystem unix() {
    return Jimfs.newFileSystem(
        Configuration.unix().toBuilder().setAttributeViews("basic", "owner", "posix").build());
  }

  static FileSystem osX() {
    return Jimfs.newFileSystem(Configuration.osX());
  }

  static FileSystem windows() {
    return Jimfs.newFileSystem(Configuration.windows());
  }

  /** A fresh folder "sync" under the file system's working directory. */
  static Path root(FileSystem fs) {
    try {
      return Files.createDirectories(fs.getPath("sync"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code content} to {@code rel} under {@code root}, creating parents. */
  static Path write(Path root, String rel, String content) {
    try {
      Path file = root.resolve(rel);
      Path parent = file.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      return Files.write(file, content.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void touch(Path file, long millis) {
    try {
      Files.setLastModifiedTime(file, FileTime.fromMillis(millis));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
