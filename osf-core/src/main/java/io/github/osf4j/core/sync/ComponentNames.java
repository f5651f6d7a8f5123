package io.github.osf4j.core.sync;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Names a component's folder {@code "Title (id)"}, safe on every file system: no {@code /} or
 * {@code \}, no control or Windows-forbidden characters, no leading dot or {@code ~} (hidden or
 * ignored by default), no trailing dot or space, the title shortened to a sensible length. The id
 * keeps two components of the same title apart.
 */
final class ComponentNames {

  /** The longest title part, in UTF-8 bytes (file systems allow 255 for the whole name). */
  static final int MAX_TITLE_BYTES = 100;

  private static final String FORBIDDEN = "/\\<>:\"|?*";

  private ComponentNames() {}

  /** The folder name of a component with this title and id. */
  static String folderName(String title, String id) {
    String name = safe(title);
    if (name.isEmpty()) {
      name = "Component";
    }
    return name + " (" + safe(id) + ")";
  }

  private static String safe(String text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder();
    boolean space = false;
    for (int i = 0; i < nfc.length(); ) {
      int c = nfc.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
        continue;
      }
      if (space && out.length() > 0) {
        out.append(' ');
      }
      space = false;
      boolean control =
          c < 0x20 || (c >= 0x7f && c < 0xa0) || Character.getType(c) == Character.FORMAT;
      out.appendCodePoint(control || FORBIDDEN.indexOf(c) >= 0 ? '_' : c);
    }
    return trim(shorten(trim(out.toString())));
  }

  /** Without leading dots, tildes and spaces, and without trailing dots and spaces. */
  private static String trim(String text) {
    int start = 0;
    while (start < text.length() && ".~ ".indexOf(text.charAt(start)) >= 0) {
      start++;
    }
    int end = text.length();
    while (end > start && ". ".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return text.substring(start, end);
  }

  /** At most {@link #MAX_TITLE_BYTES} UTF-8 bytes, cut between code points. */
  private static String shorten(String text) {
    if (text.getBytes(StandardCharsets.UTF_8).length <= MAX_TITLE_BYTES) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    int bytes = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int size = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + size > MAX_TITLE_BYTES) {
        break;
      }
      out.appendCodePoint(c);
      bytes += size;
      i += Character.charCount(c);
    }
    return out.toString();
  }
}
