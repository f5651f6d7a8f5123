package io.github.osf4j.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class BenchSmokeTest {
  @TempDir Path temp;

  @Test
  void quickIsOneHundredthOfTheIssueSizes() {
    Options options = Options.parse(new String[] {"--quick", "--only", "list,scan", "--runs", "1"});

    assertThat(options.scale()).isEqualTo(0.01);
    assertThat(options.benches()).isEqualTo(Set.of("list", "scan"));
    assertThat(options.scaled(100_000, 1)).isEqualTo(1_000);
  }

  @Test
  void unknownBenchIsRefused() {
    assertThatThrownBy(() -> Options.parse(new String[] {"--only", "scna"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scna");
  }

  @Test
  void thousandFoldersAreTenTopFoldersOfNinetyNine() {
    Tree tree = Tree.of(1_000, 10_000, 1);

    assertThat(tree.folderCount()).isEqualTo(1_000);
    assertThat(tree.folders()).hasSize(1_000).startsWith("d000", "d000/s000");
    assertThat(tree.filePaths()).hasSize(10_000).doesNotHaveDuplicates();
  }

  @Test
  void childOutputIsParsedFromItsLastLine() throws IOException {
    Map<String, Long> values = ChildJvm.parse("noise\nupload_ns=5 hwm_kib=7");

    assertThat(values).containsEntry("upload_ns", 5L).containsEntry("hwm_kib", 7L);
  }

  @Test
  void toyListingBenchPrintsRequestCountsBesideThePageWalk() throws IOException {
    Options options = new Options(Set.of("list"), 0.001, 1, temp.resolve("work"), false);
    ByteArrayOutputStream log = new ByteArrayOutputStream();

    Report report = BenchMain.run(options, new PrintStream(log, true, StandardCharsets.UTF_8));

    List<Row> rows = report.rows();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).figure()).isEqualTo("11");
    assertThat(rows.get(0).reference()).isEqualTo("v2 walk (page size 10): 12");
    assertThat(rows.get(0).pass()).isTrue();
  }

  @Test
  void tableHasOneLinePerRowBelowTheHeader() {
    Report report =
        new Report(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    report.add(new Row("1 scan", "m", "1 ms", "2 ms", "<= 1.5x", true));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    report.print(new PrintStream(out, true, StandardCharsets.UTF_8));

    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n", -1);
    assertThat(lines[2]).startsWith("| 1 scan ").endsWith("| PASS   |");
  }
}
