package io.github.osf4j.core.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

final class DigesterTest {

  private static byte[] data(int size) {
    byte[] bytes = new byte[size];
    for (int i = 0; i < size; i++) {
      bytes[i] = (byte) (i ^ (i >> 8));
    }
    return bytes;
  }

  @Test
  void pipelinedAndSerialHashesAgree() throws IOException {
    try (FileSystem fs = Disk.unix()) {
      for (int size : new int[] {0, 1, (1 << 20) - 1, 1 << 20, 3 * (1 << 20) + 5}) {
        Path file = Files.write(fs.getPath("f" + size), data(size));
        Hashes serial = new Digester(Long.MAX_VALUE).hash(file, size, FileAccess.DEFAULT);
        Hashes pipelined = new Digester(0).hash(file, size, FileAccess.DEFAULT);
        assertThat(pipelined).isEqualTo(serial);
        assertThat(serial.size()).isEqualTo(size);
        assertThat(serial.md5())
            .isEqualTo(Digester.hex(Digester.newDigest("MD5").digest(data(size))));
      }
    }
  }

  @Test
  void aDigesterIsReusable() throws IOException {
    try (FileSystem fs = Disk.unix()) {
      Path abc = Files.writeString(fs.getPath("abc"), "abc");
      Digester digester = new Digester();
      digester.hash(fs.getPath("abc"), 3, FileAccess.DEFAULT);
      assertThat(digester.hash(abc, 3, FileAccess.DEFAULT))
          .isEqualTo(new Hashes(3, Disk.ABC_MD5, Disk.ABC_SHA256));
    }
  }

  @Test
  void aFailingReadStopsThePipelineHelper() throws IOException {
    try (FileSystem fs = Disk.unix()) {
      Path file = Files.write(fs.getPath("f"), data(3 << 20));
      FileAccess failing =
          new FileAccess() {
            @Override
            public void afterChunk(Path f, long bytesSoFar) throws IOException {
              throw new IOException("disk gone");
            }
          };
      assertThatThrownBy(() -> new Digester(0).hash(file, 3 << 20, failing))
          .hasMessage("disk gone");
      assertThat(Thread.getAllStackTraces().keySet())
          .noneMatch(t -> t.getName().equals("osf4j-md5") && t.isAlive());
    }
  }

  @Test
  void interruptionIsReportedAndKept() throws IOException {
    try (FileSystem fs = Disk.unix()) {
      Path file = Files.write(fs.getPath("f"), data(3 << 20));
      Thread.currentThread().interrupt();
      try {
        assertThatThrownBy(() -> new Digester(0).hash(file, 3 << 20, FileAccess.DEFAULT))
            .isInstanceOf(InterruptedIOException.class);
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
      } finally {
        Thread.interrupted();
      }
    }
  }
}
