package io.github.osf4j.cli;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the command's option names in place of the library's field names in a message about a bad
 * value, e.g. {@code maxDeletePercent must be 0-100} becomes {@code --max-delete must be 0-100}.
 */
final class OptionNames {
  private static final Map<String, String> OPTIONS =
      Map.of(
          "maxDeletePercent", "--max-delete",
          "jobs", "--jobs",
          "apiUrl", "the API URL (--api-url or OSF_API_URL)",
          "filesUrl", "the files URL (--files-url or OSF_FILES_URL)",
          "maxRate", "--max-rate",
          "maxWait", "--max-wait",
          "keepDays", "--keep-backups");
  private static final Pattern FIELD =
      Pattern.compile("\\b(maxDeletePercent|jobs|apiUrl|filesUrl|maxRate|maxWait|keepDays)\\b");

  private OptionNames() {}

  /** {@code message} with each field name replaced by its option. */
  static String of(String message) {
    Matcher m = FIELD.matcher(message);
    StringBuilder result = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          result, Matcher.quoteReplacement(OPTIONS.getOrDefault(m.group(1), m.group(1))));
    }
    m.appendTail(result);
    return result.toString();
  }
}
