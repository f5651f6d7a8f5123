package io.github.osf4j.core.local;

import io.github.osf4j.core.LocalStamp;
import io.github.osf4j.core.RelPath;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Checks and conversions for on-disk names and stamps. */
final class Names {
  private Names() {}

  /**
   * Returns why {@code name} (one on-disk segment) cannot be synced, or null when it can. A
   * backslash is an ordinary character where the file system allows it in a name (it syncs both
   * ways); on Windows it cannot occur, and such a name on OSF is skipped by the planner's rules.
   */
  static @Nullable String problem(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return "invalid name: it contains a control character";
      }
      if (c == '\uFFFD') {
        return "invalid name: it is not valid UTF-8 (or not readable in this JVM's file-name"
            + " encoding)";
      }
    }
    return null;
  }

  /** Returns whether {@code name} is plain ASCII (then it has only one Unicode form). */
  static boolean isAscii(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Returns whether {@code name} is already NFC, cheaply for the common ASCII case. */
  static boolean isNfc(String name) {
    return isAscii(name) || Normalizer.isNormalized(name, Normalizer.Form.NFC);
  }

  /** The key for an NFC relative path; an invalid one is made valid for reporting it. */
  static RelPath key(String nfcPath) {
    try {
      return new RelPath(nfcPath);
    } catch (IllegalArgumentException e) {
      return RelPath.of(nfcPath.replace('\0', '\uFFFD'));
    }
  }

  /** The fast-check stamp of a file or folder. */
  static LocalStamp stamp(BasicFileAttributes attrs) {
    Object fileKey = attrs.fileKey();
    return stamp(attrs, fileKey == null ? null : fileKey.toString());
  }

  /** The fast-check stamp of a file or folder whose file key reads {@code fileKey}. */
  static LocalStamp stamp(BasicFileAttributes attrs, @Nullable String fileKey) {
    return new LocalStamp(
        attrs.isDirectory() ? 0 : attrs.size(), attrs.lastModifiedTime().toMillis(), fileKey);
  }

  /** A short reason for a failed read, for a person to act on. */
  static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "it vanished during the scan; try again";
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  /** The lowercase form used to find case-only twins. */
  static String fold(String path) {
    return path.toLowerCase(Locale.ROOT);
  }
}
