package io.github.osf4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.osf4j.core.Action;
import io.github.osf4j.core.Conflict;
import io.github.osf4j.core.Plan;
import io.github.osf4j.core.Skip;
import io.github.osf4j.core.SyncReport;
import java.util.List;
import java.util.Locale;

/** The one JSON object {@code --json} prints for a plan, a sync report, or a failure. */
final class JsonOutput {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonOutput() {}

  /** {@code {"actions":[...],"conflicts":[...],"skipped":[...],"safe":true}}. */
  static ObjectNode plan(Plan plan) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode actions = root.putArray("actions");
    Plans.changes(plan).forEach(a -> actions.add(action(a)));
    conflicts(root, plan.conflicts());
    skipped(root, plan.skipped());
    root.put("safe", plan.safety().isSafe());
    ArrayNode unsafe = root.putArray("unsafe");
    Plans.unsafeReasons(plan).forEach(unsafe::add);
    return root;
  }

  /** {@code {"done":[...],"skipped":[...],"failed":[...],"conflicts":[...]}}. */
  static ObjectNode report(SyncReport report, Plan plan) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode done = root.putArray("done");
    Plans.changes(report.done()).forEach(a -> done.add(action(a)));
    skipped(root, report.skipped());
    ArrayNode failed = root.putArray("failed");
    for (SyncReport.Failure failure : report.failed()) {
      failed.add(action(failure.action()).put("message", failure.message()));
    }
    conflicts(root, plan.conflicts());
    ObjectNode backups = root.putObject("backups");
    String folder = report.backupFolder();
    if (folder == null) {
      backups.putNull("folder");
    } else {
      backups.put("folder", folder);
    }
    ArrayNode files = backups.putArray("files");
    report.backedUp().forEach(p -> files.add(p.value()));
    return root;
  }

  /**
   * The one shape of {@code sync --json}, whether it ran, was a dry run or was stopped by a safety
   * gate: {@code {"done":[...],"skipped":[...],"failed":[...],"conflicts":[...],"planned":[...],
   * "safe":true,"unsafe":[...]}}; {@code done} and {@code failed} are empty when nothing ran.
   */
  static ObjectNode syncResult(SyncReport report, Plan plan) {
    ObjectNode root = report(report, plan);
    ArrayNode planned = root.putArray("planned");
    Plans.changes(plan).forEach(a -> planned.add(action(a)));
    root.put("safe", plan.safety().isSafe());
    ArrayNode unsafe = root.putArray("unsafe");
    Plans.unsafeReasons(plan).forEach(unsafe::add);
    return root;
  }

  /** {@code {"error":{"exitCode":N,"message":"..."}}}. */
  static ObjectNode error(int exitCode, String message) {
    ObjectNode root = MAPPER.createObjectNode();
    root.putObject("error").put("exitCode", exitCode).put("message", message);
    return root;
  }

  /** {@code object} on one line. */
  static String write(ObjectNode object) {
    return object.toString();
  }

  static ObjectNode action(Action action) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("type", action.type());
    node.put("path", action.path().value());
    if (action instanceof Action.MoveRemote move) {
      node.put("from", move.from().value());
    } else if (action instanceof Action.MoveLocal move) {
      node.put("from", move.from().value());
    }
    return node;
  }

  private static void conflicts(ObjectNode root, List<Conflict> conflicts) {
    ArrayNode array = root.putArray("conflicts");
    for (Conflict conflict : conflicts) {
      ObjectNode node = array.addObject();
      node.put("path", conflict.path().value());
      node.put("kind", conflict.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      node.put("winner", conflict.winner().name().toLowerCase(Locale.ROOT));
      conflict.copy().ifPresent(copy -> node.put("copy", copy.value()));
    }
  }

  private static void skipped(ObjectNode root, List<Skip> skips) {
    ArrayNode array = root.putArray("skipped");
    for (Skip skip : skips) {
      array.addObject().put("path", skip.path().value()).put("reason", skip.reason());
    }
  }
}
