package io.github.osf4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.osf4j.core.Action;
import io.github.osf4j.core.Conflict;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.Plan;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.Safety;
import io.github.osf4j.core.Skip;
import io.github.osf4j.core.SyncReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class OutputTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final RelPath NOTES = RelPath.of("notes.txt");
  private static final Entry FILE = Entry.file(RelPath.of("a/b.txt"), 2_500_000, null, null);

  @Test
  void anEmptyPlanHasAnEmptyActionsArray() throws Exception {
    Plan plan = new Plan(List.of(), List.of(), List.of(), new Safety.Safe());

    JsonNode json = JSON.readTree(JsonOutput.write(JsonOutput.plan(plan)));

    assertThat(json.get("actions").isArray()).isTrue();
    assertThat(json.get("actions").size()).isZero();
    assertThat(json.get("conflicts").size()).isZero();
    assertThat(json.get("skipped").size()).isZero();
    assertThat(TextOutput.plan(plan)).containsExactly("In sync: nothing to do.");
  }

  @Test
  void planJsonNamesEachActionByTypeAndPath() throws Exception {
    Plan plan = samplePlan();

    JsonNode json = JSON.readTree(JsonOutput.write(JsonOutput.plan(plan)));

    assertThat(json.get("actions").toString())
        .isEqualTo(
            "[{\"type\":\"upload\",\"path\":\"a/b.txt\"},"
                + "{\"type\":\"move-remote\",\"path\":\"new.txt\",\"from\":\"old.txt\"}]");
    assertThat(json.get("conflicts").get(0).get("copy").asText())
        .isEqualTo("notes.conflict-20261126-143005-local.txt");
    assertThat(json.get("skipped").get(0).get("reason").asText()).isEqualTo("a symlink");
    assertThat(json.get("safe").asBoolean()).isTrue();
  }

  @Test
  void recordOnlyActionsAreNotShown() throws Exception {
    Plan plan =
        new Plan(
            List.of(new Action.RecordOnly(NOTES, Optional.empty())),
            List.of(),
            List.of(),
            new Safety.Safe());

    assertThat(JSON.readTree(JsonOutput.write(JsonOutput.plan(plan))).get("actions").size())
        .isZero();
    assertThat(TextOutput.plan(plan)).containsExactly("In sync: nothing to do.");
  }

  @Test
  void planTextShowsActionsConflictsAndUnsafeReasons() {
    Plan plan =
        new Plan(
            samplePlan().actions(),
            samplePlan().conflicts(),
            List.of(),
            new Safety.Unsafe(List.of("would delete 80% of the files on OSF")));

    List<String> lines = TextOutput.plan(plan);

    assertThat(lines)
        .contains("  upload         a/b.txt")
        .contains("  move-remote    old.txt -> new.txt")
        .contains("  UNSAFE         would delete 80% of the files on OSF")
        .contains("2 changes, 1 conflict, 0 skipped.");
    assertThat(String.join("\n", lines))
        .contains("notes.txt: changed on both sides; the OSF version keeps the name")
        .contains("kept as notes.conflict-20261126-143005-local.txt");
  }

  @Test
  void reportJsonHasDoneSkippedAndFailed() throws Exception {
    Action upload = samplePlan().actions().get(0);
    SyncReport report =
        new SyncReport(
            List.of(upload),
            List.of(new Skip(NOTES, "changed meanwhile")),
            List.of(new SyncReport.Failure(samplePlan().actions().get(1), "HTTP 500")));

    JsonNode json = JSON.readTree(JsonOutput.write(JsonOutput.report(report, samplePlan())));

    assertThat(json.get("done").toString())
        .isEqualTo("[{\"type\":\"upload\",\"path\":\"a/b.txt\"}]");
    assertThat(json.get("skipped").get(0).get("path").asText()).isEqualTo("notes.txt");
    assertThat(json.get("failed").get(0).get("message").asText()).isEqualTo("HTTP 500");
    assertThat(TextOutput.report(report)).last().isEqualTo("Done: 1 change, 1 failed, 1 skipped.");
  }

  @Test
  void progressBarsCountFilesAndBytesPerDirection() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Plan plan = samplePlan();
    ProgressBars bars =
        new ProgressBars(new PrintStream(err, true, StandardCharsets.UTF_8), 60, () -> 0L);
    bars.start(plan);
    Action upload = plan.actions().get(0);

    bars.onEvent(new io.github.osf4j.core.SyncEvent.Transferred(upload, 1_250_000));
    bars.onEvent(new io.github.osf4j.core.SyncEvent.Transferred(upload, 1_000));
    bars.onEvent(new io.github.osf4j.core.SyncEvent.ActionDone(upload));
    bars.close();

    String text = err.toString(StandardCharsets.UTF_8);
    assertThat(text)
        .isEqualTo(
            "\rup 0/1  [###############---------------]  1.3 MB/2.5 MB\033[K"
                + "\rup 1/1  [##############################]  2.5 MB/2.5 MB\033[K"
                + "\n");
  }

  @Test
  void sizesReadLikeAPersonWouldWriteThem() {
    assertThat(Sizes.human(999)).isEqualTo("999 B");
    assertThat(Sizes.human(1_500)).isEqualTo("1.5 kB");
    assertThat(Sizes.human(3_200_000_000L)).isEqualTo("3.2 GB");
  }

  private static Plan samplePlan() {
    Entry old = Entry.file(RelPath.of("old.txt"), 3, null, null);
    return new Plan(
        List.of(
            new Action.Upload(FILE.path(), FILE, Optional.empty()),
            new Action.MoveRemote(old.path(), RelPath.of("new.txt"), old)),
        List.of(
            new Conflict(
                NOTES,
                Conflict.Kind.MODIFY_MODIFY,
                Optional.of(RelPath.of("notes.conflict-20261126-143005-local.txt")),
                Conflict.Side.REMOTE)),
        List.of(new Skip(RelPath.of("link"), "a symlink")),
        new Safety.Safe());
  }
}
