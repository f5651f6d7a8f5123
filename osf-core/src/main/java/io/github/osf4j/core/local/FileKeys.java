package io.github.osf4j.core.local;

import io.github.osf4j.core.LocalStamp;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stamps whose file keys (the platform's inode objects) are turned into text through a memo:
 * formatting a key costs more than a scan's whole other work on an unchanged file, and a key's text
 * never changes. Thread-safe.
 */
final class FileKeys {
  private final Map<Object, String> texts = new ConcurrentHashMap<>();

  /** The stamp of a file or folder, as {@link Names#stamp} makes it. */
  LocalStamp stamp(BasicFileAttributes attrs) {
    Object key = attrs.fileKey();
    return Names.stamp(attrs, key == null ? null : text(key));
  }

  private String text(Object key) {
    String text = texts.get(key);
    if (text == null) {
      text = key.toString();
      texts.put(key, text);
    }
    return text;
  }

  /** Forgets every key when there are far more than the {@code files} the root now holds. */
  void trim(int files) {
    if (texts.size() > 2L * files + 1024) {
      texts.clear();
    }
  }

  int size() {
    return texts.size();
  }
}
