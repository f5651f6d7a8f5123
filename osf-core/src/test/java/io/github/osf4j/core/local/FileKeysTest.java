package io.github.osf4j.core.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osf4j.core.LocalStamp;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

final class FileKeysTest {
  private final FileKeys keys = new FileKeys();

  @Test
  void aKeyIsFormattedOnceAndItsTextReused() {
    Key key = new Key(7);
    LocalStamp first = keys.stamp(new Attrs(key, 5, 1000));
    LocalStamp again = keys.stamp(new Attrs(new Key(7), 5, 1000));
    assertThat(first).isEqualTo(new LocalStamp(5, 1000, "key-7"));
    assertThat(again).isEqualTo(first);
    assertThat(again.fileKey()).isSameAs(first.fileKey());
    assertThat(key.formatted).isEqualTo(1);
  }

  @Test
  void stampsWithoutAKeyHaveNone() {
    assertThat(keys.stamp(new Attrs(null, 3, 2000))).isEqualTo(new LocalStamp(3, 2000, null));
    assertThat(keys.size()).isZero();
  }

  @Test
  void theMemoIsForgottenWhenFarLargerThanTheRoot() {
    for (int i = 0; i < 1100; i++) {
      keys.stamp(new Attrs(new Key(i), 1, 1));
    }
    keys.trim(100);
    assertThat(keys.size()).isEqualTo(1100);
    keys.trim(10);
    assertThat(keys.size()).isZero();
  }

  /** A file key that counts how often it is formatted. */
  private static final class Key {
    private final int id;
    private int formatted;

    Key(int id) {
      this.id = id;
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Key key && key.id == id;
    }

    @Override
    public int hashCode() {
      return id;
    }

    @Override
    public String toString() {
      formatted++;
      return "key-" + id;
    }
  }

  private record Attrs(@Nullable Object fileKey, long size, long millis)
      implements BasicFileAttributes {
    @Override
    public FileTime lastModifiedTime() {
      return FileTime.fromMillis(millis);
    }

    @Override
    public FileTime lastAccessTime() {
      return lastModifiedTime();
    }

    @Override
    public FileTime creationTime() {
      return lastModifiedTime();
    }

    @Override
    public boolean isRegularFile() {
      return true;
    }

    @Override
    public boolean isDirectory() {
      return false;
    }

    @Override
    public boolean isSymbolicLink() {
      return false;
    }

    @Override
    public boolean isOther() {
      return false;
    }
  }
}
