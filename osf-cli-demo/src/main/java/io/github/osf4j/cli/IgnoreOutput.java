package io.github.osf4j.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.osf4j.core.IgnoreReport;
import io.github.osf4j.core.RelPath;
import java.util.ArrayList;
import java.util.List;

/** Text lines and JSON for what the ignore rules do in a run, and for {@code status --ignored}. */
final class IgnoreOutput {
  private IgnoreOutput() {}

  /** A change of rules and the paths that leave or rejoin the sync; empty when nothing changes. */
  static List<String> changes(IgnoreReport report) {
    List<String> lines = new ArrayList<>();
    if (report.rulesChanged()) {
      lines.add("  ignore rules changed since the last sync:" + patterns(report));
    }
    for (RelPath path : report.leaving()) {
      lines.add("  leaves sync    " + path + " (now ignored; stays as it is on both sides)");
    }
    for (RelPath path : report.rejoining()) {
      lines.add("  rejoins sync   " + path + " (no longer ignored; synced as on a first sync)");
    }
    for (RelPath path : report.keptFolders()) {
      lines.add("  keep folder    " + path + " (it holds ignored files, which are never deleted)");
    }
    return lines;
  }

  /** The ignored paths on each side, for {@code status --ignored}. */
  static List<String> ignored(List<RelPath> local, List<RelPath> osf) {
    List<String> lines = new ArrayList<>();
    lines.add("Ignored here (never uploaded, moved or deleted):");
    list(lines, local);
    lines.add("Ignored on OSF (never downloaded, moved or deleted):");
    list(lines, osf);
    return lines;
  }

  /** {@code {"rulesChanged":..,"added":[..],"removed":[..],"leaving":[..],...}}. */
  static void changes(ObjectNode root, IgnoreReport report) {
    ObjectNode node = root.putObject("ignore");
    node.put("rulesChanged", report.rulesChanged());
    report.added().forEach(node.putArray("added")::add);
    report.removed().forEach(node.putArray("removed")::add);
    paths(node.putArray("leaving"), report.leaving());
    paths(node.putArray("rejoining"), report.rejoining());
    paths(node.putArray("keptFolders"), report.keptFolders());
  }

  /** {@code {"ignored":{"local":[..],"osf":[..]}}}. */
  static void ignored(ObjectNode root, List<RelPath> local, List<RelPath> osf) {
    ObjectNode node = root.putObject("ignored");
    paths(node.putArray("local"), local);
    paths(node.putArray("osf"), osf);
  }

  private static String patterns(IgnoreReport report) {
    StringBuilder out = new StringBuilder();
    if (!report.added().isEmpty()) {
      out.append(" added ").append(String.join(", ", report.added()));
    }
    if (!report.removed().isEmpty()) {
      out.append(out.length() > 0 ? ";" : "").append(" removed ");
      out.append(String.join(", ", report.removed()));
    }
    return out.length() > 0 ? out.toString() : " their order changed";
  }

  private static void list(List<String> lines, List<RelPath> paths) {
    if (paths.isEmpty()) {
      lines.add("  (nothing)");
    }
    for (RelPath path : paths) {
      lines.add("  " + path);
    }
  }

  private static void paths(ArrayNode array, List<RelPath> paths) {
    paths.forEach(p -> array.add(p.value()));
  }
}
