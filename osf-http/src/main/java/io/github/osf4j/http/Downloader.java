package io.github.osf4j.http;

import io.github.osf4j.core.Entry;
import io.github.osf4j.core.HashingSink;
import io.github.osf4j.core.RemoteRef;
import io.github.osf4j.core.TransferListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * Streams a file's current version into the caller's stream; after a dropped connection it asks for
 * the rest with {@code Range}, and it verifies the size and the strongest hash OSF lists (sha256,
 * else md5) at the end, hashing only with that algorithm; into a {@link HashingSink} it checks the
 * size only, since the sink's caller compares the hashes. Thread-safe.
 */
final class Downloader {
  private static final int BUFFER = 256 * 1024;
  private static final int MIN_BUFFER = 8 * 1024;

  private final Retrier retrier;
  private final Urls urls;
  private final Auth auth;

  Downloader(Retrier retrier, Urls urls, Auth auth) {
    this.retrier = retrier;
    this.urls = urls;
    this.auth = auth;
  }

  void download(String projectId, Entry file, OutputStream out, TransferListener listener)
      throws IOException {
    RemoteRef ref = file.remote();
    if (!file.isFile() || ref == null) {
      throw new IllegalArgumentException("not a remote file: " + file.path());
    }
    download(projectId, file, urls.file(projectId, ref.id()), out, listener);
  }

  /** Version {@code number} of {@code file}, whose size and hashes {@code version} gives. */
  void downloadVersion(
      String projectId, Entry version, int number, OutputStream out, TransferListener listener)
      throws IOException {
    RemoteRef ref = version.remote();
    if (!version.isFile() || ref == null) {
      throw new IllegalArgumentException("not a remote file: " + version.path());
    }
    URI uri = urls.file(projectId, ref.id(), "version", String.valueOf(number));
    download(projectId, version, uri, out, listener);
  }

  private void download(
      String projectId, Entry file, URI uri, OutputStream out, TransferListener listener)
      throws IOException {
    Credentials credentials = auth.credentials();
    Step step =
        Step.write("download '" + file.path() + "' of project " + projectId, projectId, true);
    State state = new State(file, out, listener);
    retrier.run(
        step,
        () -> {
          Req req = Req.get(uri, credentials);
          return state.received == 0
              ? req
              : req.withHeader("Range", "bytes=" + state.received + "-");
        },
        reply -> {
          state.consume(step, reply);
          return state;
        });
    verify(file, state);
  }

  private static void verify(Entry file, State state) throws IntegrityException {
    String want = state.want;
    MessageDigest digest = state.digest;
    if (want != null && digest != null && !want.equals(HexFormat.of().formatHex(digest.digest()))) {
      throw new IntegrityException(
          "downloaded bytes of '"
              + file.path()
              + "' do not match its hash on OSF (changed"
              + " meanwhile, or corrupted in transit)");
    }
  }

  /** Progress of one download across attempts. */
  private static final class State {
    final long expected;
    final OutputStream out;
    final TransferListener listener;
    final @Nullable String want;
    final @Nullable MessageDigest digest;
    final byte[] buffer;
    volatile long received;

    State(Entry file, OutputStream out, TransferListener listener) {
      this.expected = file.size();
      this.out = out;
      this.listener = listener;
      String sha256 = file.sha256();
      String md5 = file.md5();
      // A hashing sink's caller compares the hashes itself: each byte is hashed once.
      boolean hashHere = !(out instanceof HashingSink);
      this.want = hashHere ? (sha256 != null ? sha256 : md5) : null;
      this.digest =
          !hashHere
              ? null
              : sha256 != null
                  ? HashingContent.digest("SHA-256")
                  : md5 != null ? HashingContent.digest("MD5") : null;
      this.buffer = new byte[(int) Math.min(BUFFER, Math.max(expected, MIN_BUFFER))];
    }

    void consume(Step step, Reply reply) throws IOException {
      int status = reply.status();
      if (status == 416 && received == expected) {
        return;
      }
      if (status == 206) {
        checkRange(reply.header("Content-Range"));
      } else if (status == 200) {
        skip(reply.body(), received);
      } else {
        throw Failures.of(reply, step.what(), step.projectId(), false);
      }
      copy(reply.body());
      if (received != expected) {
        throw new IOException("connection ended after " + received + " of " + expected + " bytes");
      }
    }

    private void checkRange(@Nullable String contentRange) throws IOException {
      String prefix = "bytes " + received + "-";
      if (contentRange == null || !contentRange.trim().startsWith(prefix)) {
        throw new IntegrityException(
            "OSF resumed a download at the wrong offset: " + contentRange + ", wanted " + received);
      }
    }

    private static void skip(InputStream in, long n) throws IOException {
      long left = n;
      while (left > 0) {
        long skipped = in.skip(left);
        if (skipped <= 0) {
          if (in.read() < 0) {
            throw new IOException("connection ended before the resume point");
          }
          skipped = 1;
        }
        left -= skipped;
      }
    }

    /** Copies in whole buffers; bytes read before a failed read are still kept. */
    private void copy(InputStream in) throws IOException {
      int filled = 0;
      for (; ; ) {
        int n;
        try {
          n = in.read(buffer, filled, buffer.length - filled);
        } catch (IOException e) {
          flush(filled);
          throw e;
        }
        if (n < 0) {
          flush(filled);
          return;
        }
        if (received + filled + n > expected) {
          throw new IntegrityException("OSF sent more bytes than the file's size " + expected);
        }
        filled += n;
        if (filled == buffer.length) {
          flush(filled);
          filled = 0;
        }
      }
    }

    private void flush(int n) throws LocalWriteException {
      if (n == 0) {
        return;
      }
      write(buffer, n);
      MessageDigest d = digest;
      if (d != null) {
        HashingContent.update(d, buffer, 0, n);
      }
      received += n;
      listener.transferred(n);
    }

    private void write(byte[] buffer, int n) throws LocalWriteException {
      try {
        out.write(buffer, 0, n);
      } catch (IOException e) {
        throw new LocalWriteException("could not write the downloaded bytes: " + e.getMessage(), e);
      }
    }
  }
}
