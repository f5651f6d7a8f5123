package io.github.osf4j.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** OSF's filter[field] / filter[field][op] query parameters. */
final class Filters {
  private static final Pattern KEY = Pattern.compile("filter\\[([^\\]]+)\\](?:\\[([^\\]]+)\\])?");

  /** One filter: field, operator (null = the field's default) and value. */
  record Filter(String field, @Nullable String op, String value) {}

  private Filters() {}

  /** Parses the filters; returns the first unknown field via {@code unknown[0]}. */
  static List<Filter> parse(HttpRequest r, Set<String> allowed, String[] unknown) {
    List<Filter> out = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : r.params.entrySet()) {
      Matcher m = KEY.matcher(e.getKey());
      if (!m.matches()) {
        continue;
      }
      for (String field : m.group(1).split(",", -1)) {
        if (!allowed.contains(field)) {
          unknown[0] = field;
          return out;
        }
        out.add(new Filter(field, m.group(2), e.getValue().get(0)));
      }
    }
    return out;
  }

  /** Keeps the items for which every filter holds; {@code get} reads a field as text or null. */
  static <T> List<T> apply(
      List<T> items, List<Filter> filters, BiFunction<T, String, @Nullable String> get) {
    List<T> out = new ArrayList<>();
    for (T item : items) {
      boolean ok = true;
      for (Filter f : filters) {
        ok &= holds(get.apply(item, f.field()), f);
      }
      if (ok) {
        out.add(item);
      }
    }
    return out;
  }

  /** Whether {@code f} holds for a list field (tags): for any one of its {@code values}. */
  static boolean holdsForAny(List<String> values, Filter f) {
    for (String value : values) {
      if (holds(value, f)) {
        return true;
      }
    }
    return false;
  }

  private static boolean holds(@Nullable String actual, Filter f) {
    String op = f.op() == null ? defaultOp(f.field()) : f.op();
    String value = f.value();
    if (value.equals("null")) {
      return op.equals("ne") ? actual != null : actual == null;
    }
    if (actual == null) {
      return op.equals("ne");
    }
    return switch (op) {
      case "eq" ->
          f.field().equals("id")
              ? List.of(value.split(",", -1)).contains(actual)
              : actual.equals(value);
      case "ne" -> !actual.equals(value);
      case "contains" -> actual.contains(value);
      default -> actual.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT));
    };
  }

  private static String defaultOp(String field) {
    return switch (field) {
      case "tags" -> "contains";
      case "name", "title", "full_name", "given_name", "family_name", "description", "path" ->
          "icontains";
      default -> "eq";
    };
  }
}
