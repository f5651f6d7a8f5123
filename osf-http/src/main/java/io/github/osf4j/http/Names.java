package io.github.osf4j.http;

import org.jspecify.annotations.Nullable;

/** Checks names coming back from OSF before they can reach the core. */
final class Names {
  private Names() {}

  /** Why {@code name} cannot be one path segment, or null when it can. */
  static @Nullable String problem(String name) {
    if (name.isEmpty()) {
      return "empty name";
    }
    if (name.equals(".") || name.equals("..")) {
      return "name '" + name + "' is reserved";
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '/') {
        return "name contains '/'";
      }
      if (c == 0) {
        return "name contains a NUL character";
      }
      if (Character.getType(c) == Character.CONTROL) {
        return String.format("name contains control character U+%04X", (int) c);
      }
    }
    return null;
  }

  /**
   * A stand-in segment for an invalid name, to report it under: offending characters and dots of
   * {@code .}/{@code ..} percent-encoded.
   */
  static String placeholder(String name) {
    if (name.isEmpty()) {
      return "%(empty)";
    }
    if (name.equals(".") || name.equals("..")) {
      return name.replace(".", "%2E");
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '/' || c == '%' || Character.getType(c) == Character.CONTROL) {
        out.append(String.format("%%%02X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
