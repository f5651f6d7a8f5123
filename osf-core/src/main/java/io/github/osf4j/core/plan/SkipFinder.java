package io.github.osf4j.core.plan;

import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.Skip;
import io.github.osf4j.core.Snapshot;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds the paths the planner leaves alone with their subtrees (R13): problems either side
 * reported, names this file system cannot hold (over 255 bytes, or Windows rules), and names that
 * differ only in case on a case-insensitive file system.
 */
final class SkipFinder {

  private static final Set<String> RESERVED =
      Set.of(
          "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7",
          "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");
  private static final int MAX_NAME_BYTES = 255;
  private static final String WINDOWS_FORBIDDEN = "<>:\"|?*\\";

  private final NameRules rules;

  SkipFinder(NameRules rules) {
    this.rules = rules;
  }

  /** The skipped paths with their reasons, in path order. */
  List<Skip> find(Snapshot local, Snapshot remote) {
    NavigableMap<RelPath, String> reasons = new TreeMap<>();
    local.problems().forEach((path, why) -> add(reasons, path, "local: " + why));
    remote.problems().forEach((path, why) -> add(reasons, path, "remote: " + why));
    NavigableSet<RelPath> all = new TreeSet<>(local.entries().keySet());
    all.addAll(remote.entries().keySet());
    for (RelPath path : all) {
      int bytes = path.name().getBytes(StandardCharsets.UTF_8).length;
      if (bytes > MAX_NAME_BYTES) {
        add(reasons, path, "the name is " + bytes + " bytes long; file systems allow 255");
      }
    }
    if (rules.windowsNames()) {
      for (RelPath path : all) {
        String why = windowsProblem(path.name());
        if (why != null) {
          add(reasons, path, "the name cannot exist on this file system (" + why + ")");
        }
      }
    }
    if (rules.caseInsensitive()) {
      addCaseTwins(all, reasons);
    }
    List<Skip> skips = new ArrayList<>();
    reasons.forEach((path, why) -> skips.add(new Skip(path, why)));
    return skips;
  }

  /** Why {@code name} cannot exist on Windows, or null when it can. */
  static @org.jspecify.annotations.Nullable String windowsProblem(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 0x20 || WINDOWS_FORBIDDEN.indexOf(c) >= 0) {
        return "character '" + (c < 0x20 ? String.format("\\u%04x", (int) c) : c) + "'";
      }
    }
    if (name.endsWith(".") || name.endsWith(" ")) {
      return "trailing dot or space";
    }
    String base = name.split("\\.", 2)[0].toLowerCase(Locale.ROOT).strip();
    if (RESERVED.contains(base)) {
      return "reserved name";
    }
    return null;
  }

  private static void addCaseTwins(Set<RelPath> all, Map<RelPath, String> reasons) {
    Map<String, List<RelPath>> groups = new HashMap<>();
    for (RelPath path : all) {
      groups
          .computeIfAbsent(path.value().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(path);
    }
    Set<RelPath> twins = new TreeSet<>();
    groups.values().stream().filter(group -> group.size() > 1).forEach(twins::addAll);
    for (RelPath path : twins) {
      if (path.parent().filter(twinsOf(twins)).isEmpty()) {
        List<RelPath> others = new ArrayList<>(groups.get(path.value().toLowerCase(Locale.ROOT)));
        others.remove(path);
        add(
            reasons,
            path,
            "differs only in letter case from "
                + others
                + "; they cannot exist together on this case-insensitive file system");
      }
    }
  }

  /** Whether a path or one of its ancestors is among {@code twins}. */
  private static java.util.function.Predicate<RelPath> twinsOf(Set<RelPath> twins) {
    return path -> {
      for (RelPath p = path; ; p = p.parent().orElseThrow()) {
        if (twins.contains(p)) {
          return true;
        }
        if (p.parent().isEmpty()) {
          return false;
        }
      }
    };
  }

  private static void add(Map<RelPath, String> reasons, RelPath path, String why) {
    reasons.merge(path, why, (a, b) -> a + "; " + b);
  }
}
