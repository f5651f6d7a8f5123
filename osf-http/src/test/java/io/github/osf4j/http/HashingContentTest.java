package io.github.osf4j.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.osf4j.core.Content;
import io.github.osf4j.core.EntryKind;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.TransferListener;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

final class HashingContentTest {
  private static final String HELLO_SHA256 =
      "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824";
  private static final String HELLO_MD5 = "5d41402abc4b2a76b9719d911017c592";

  private final Bytes hello = Bytes.of("hello");
  private final AtomicLong reported = new AtomicLong();
  private final HashingContent body = new HashingContent(hello, reported::addAndGet);

  @Test
  void sha256OfASentPassNeedsNoSecondRead() throws IOException {
    send(body);

    assertThat(body.sha256()).isEqualTo(HELLO_SHA256);
    assertThat(hello.opened).isEqualTo(1);
    assertThat(reported.get()).isEqualTo(5);
  }

  @Test
  void sha256WithoutACompletePassReadsTheContent() throws IOException {
    assertThat(body.sha256()).isEqualTo(HELLO_SHA256);
    assertThat(hello.opened).isEqualTo(1);
    assertThat(reported.get()).isZero();
  }

  @Test
  void aNewPassTakesBackTheProgressOfThePreviousOne() throws IOException {
    send(body);
    try (InputStream in = body.open()) {
      assertThat(in.read()).isEqualTo('h');
    }

    assertThat(reported.get()).isEqualTo(1);
    assertThat(body.sha256()).isEqualTo(HELLO_SHA256);
  }

  @Test
  void md5IsComputedByReadingTheContentAgain() throws IOException {
    send(body);

    assertThat(body.md5()).isEqualTo(HELLO_MD5);
    assertThat(hello.opened).isEqualTo(2);
  }

  @Test
  void replyWithOnlyAnMd5IsVerifiedByTheMd5() throws IOException {
    send(body);

    var entry = Uploader.verified(RelPath.of("h.txt"), item(5, HELLO_MD5, null), body, "h.txt");

    assertThat(entry.md5()).isEqualTo(HELLO_MD5);
    assertThat(hello.opened).isEqualTo(2);
  }

  @Test
  void replyWithAWrongMd5AndNoSha256IsRejected() {
    send(body);

    assertThatThrownBy(
            () ->
                Uploader.verified(
                    RelPath.of("h.txt"), item(5, "0".repeat(32), null), body, "h.txt"))
        .isInstanceOf(IntegrityException.class);
  }

  @Test
  void replyWithoutAnyHashIsRejected() {
    send(body);

    assertThatThrownBy(
            () -> Uploader.verified(RelPath.of("h.txt"), item(5, null, null), body, "h.txt"))
        .isInstanceOf(IntegrityException.class);
  }

  @Test
  void replyWithASha256IsVerifiedWithoutReadingAgain() throws IOException {
    send(body);

    Uploader.verified(RelPath.of("h.txt"), item(5, HELLO_MD5, HELLO_SHA256), body, "h.txt");

    assertThat(hello.opened).isEqualTo(1);
  }

  @Test
  void replyWithAWrongSizeIsRejected() {
    send(body);

    assertThatThrownBy(
            () ->
                Uploader.verified(
                    RelPath.of("h.txt"), item(4, HELLO_MD5, HELLO_SHA256), body, "h.txt"))
        .isInstanceOf(IntegrityException.class);
  }

  @Test
  void slicedUpdatesHashLikeOneCall() {
    byte[] data = new byte[3 * 8 * 1024 + 5];
    for (int i = 0; i < data.length; i++) {
      data[i] = (byte) (i * 13);
    }
    MessageDigest whole = HashingContent.digest("SHA-256");
    whole.update(data, 3, data.length - 4);
    MessageDigest sliced = HashingContent.digest("SHA-256");

    HashingContent.update(sliced, data, 3, data.length - 4);

    assertThat(sliced.digest()).isEqualTo(whole.digest());
  }

  @Test
  void contentShorterThanAnnouncedIsAnError() {
    Content liar =
        new Content() {
          @Override
          public long size() {
            return 3;
          }

          @Override
          public InputStream open() {
            return new ByteArrayInputStream(new byte[] {1, 2});
          }
        };
    HashingContent short3 = new HashingContent(liar, TransferListener.NONE);

    assertThatThrownBy(short3::md5).isInstanceOf(IOException.class).hasMessageContaining("2 bytes");
  }

  private static RemoteItem item(long size, @Nullable String md5, @Nullable String sha256) {
    return new RemoteItem(
        "0123456789abcdef01234567", EntryKind.FILE, "h.txt", size, md5, sha256, 1, "/h.txt");
  }

  @Test
  void aKnownHashThatMatchesIsTrustedWithoutReadingAgain() throws IOException {
    HashingContent known =
        new HashingContent(Content.withKnownSha256(hello, HELLO_SHA256), reported::addAndGet);
    send(known);

    assertThat(known.hasSha256(HELLO_SHA256)).isTrue();
    assertThat(hello.opened).isEqualTo(1);
    assertThat(reported.get()).isEqualTo(5);
  }

  @Test
  void aKnownHashThatDiffersIsCheckedAgainstTheBytesAsTheyAreNow() throws IOException {
    String stale = "0".repeat(64);
    HashingContent known =
        new HashingContent(Content.withKnownSha256(hello, stale), reported::addAndGet);
    send(known);

    assertThat(known.hasSha256(HELLO_SHA256)).isTrue();
    assertThat(hello.opened).isEqualTo(2);
    assertThat(known.hasSha256("1".repeat(64))).isFalse();
  }

  @Test
  void withoutAKnownHashTheSentBytesAreHashed() throws IOException {
    send(body);

    assertThat(body.hasSha256(HELLO_SHA256)).isTrue();
    assertThat(body.hasSha256("0".repeat(64))).isFalse();
    assertThat(hello.opened).isEqualTo(1);
  }

  private static void send(HashingContent content) {
    try (InputStream in = content.open()) {
      in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
