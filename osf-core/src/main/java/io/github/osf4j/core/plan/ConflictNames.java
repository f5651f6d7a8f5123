package io.github.osf4j.core.plan;

import io.github.osf4j.core.Conflict;
import io.github.osf4j.core.RelPath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Chooses conflict-copy names: {@code <stem>.conflict-<yyyyMMdd-HHmmss>-<local|osf><.ext>} in UTC,
 * then {@code -2}, {@code -3}, ... while taken, with the stem shortened so the name fits 255 UTF-8
 * bytes. Not thread-safe: it remembers the names it handed out.
 */
final class ConflictNames {

  static final int MAX_NAME_BYTES = 255;
  private static final Pattern EXTENSION = Pattern.compile("[A-Za-z0-9]{1,12}");
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final String stamp;
  private final boolean caseInsensitive;
  private final Set<String> taken = new HashSet<>();

  /**
   * @param now the time the copies are named after
   * @param existing paths that exist anywhere (base, local, remote, problems)
   * @param caseInsensitive whether names differing only in case collide
   */
  ConflictNames(Instant now, Iterable<RelPath> existing, boolean caseInsensitive) {
    this.stamp = STAMP.format(now);
    this.caseInsensitive = caseInsensitive;
    for (RelPath path : existing) {
      taken.add(key(path));
    }
  }

  /**
   * A free name for the copy of {@code side}'s version of {@code path}; it is taken from then on.
   */
  RelPath copyFor(RelPath path, Conflict.Side side) {
    String name = path.name();
    String extension = extension(name);
    String stem = name.substring(0, name.length() - extension.length());
    String tag = ".conflict-" + stamp + (side == Conflict.Side.LOCAL ? "-local" : "-osf");
    for (int n = 1; ; n++) {
      String suffix = tag + (n == 1 ? "" : "-" + n) + extension;
      RelPath candidate = path.withName(fit(stem, suffix));
      if (taken.add(key(candidate))) {
        return candidate;
      }
    }
  }

  /**
   * The extension kept at the end of a copy's name: the last {@code .xyz} of up to 12 ASCII letters
   * or digits ({@code .tar.xyz} as a whole), none for a dot file like {@code .hidden}.
   */
  static String extension(String name) {
    int dot = name.lastIndexOf('.');
    if (dot <= 0 || !isExtension(name.substring(dot + 1))) {
      return "";
    }
    String rest = name.substring(0, dot);
    if (rest.toLowerCase(Locale.ROOT).endsWith(".tar") && rest.length() > 4) {
      return name.substring(dot - 4);
    }
    return name.substring(dot);
  }

  /** {@code stem + suffix}, with the stem cut (by whole code points) to fit 255 UTF-8 bytes. */
  static String fit(String stem, String suffix) {
    int budget = MAX_NAME_BYTES - utf8Length(suffix);
    int end = stem.length();
    while (utf8Length(stem.substring(0, end)) > budget) {
      end = stem.offsetByCodePoints(end, -1);
    }
    return stem.substring(0, end) + suffix;
  }

  static int utf8Length(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  private static boolean isExtension(String text) {
    return EXTENSION.matcher(text).matches();
  }

  private String key(RelPath path) {
    return caseInsensitive ? path.value().toLowerCase(Locale.ROOT) : path.value();
  }
}
