package io.github.osf4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * For each recorded fixture, drives the emulator to the same state, sends the same request and
 * compares status and JSON structure (keys at every level and JSON types).
 */
final class FixtureConformanceTest {

  /** Fixtures not replayed, with the reason. */
  static final Map<String, String> EXCLUDED = excluded();

  private static Map<String, String> excluded() {
    Map<String, String> m = new LinkedHashMap<>();
    String docs = "2015-2017 documentation example in an older v2.0 shape, not recorded traffic";
    for (String f :
        List.of(
            "docs_file_detail.json",
            "docs_file_versions_list.json",
            "docs_node_children_list.json",
            "docs_node_detail.json",
            "docs_node_files_list.json",
            "docs_node_storage_providers_list.json",
            "docs_nodes_list.json",
            "docs_user_detail.json",
            "docs_user_nodes_list.json",
            "docs_users_list.json")) {
      m.put(f, docs);
    }
    String osfclient = "osfclient test template (partly synthetic ids and links)";
    m.put("osfclient_node_2017.json", osfclient);
    m.put("osfclient_node_files_list.json", osfclient);
    m.put("osfclient_node_storage_providers_list.json", osfclient);
    String cas = "OAuth2 on accounts.osf.io (CAS), which the emulator does not serve";
    for (String f :
        List.of(
            "oauth2_profile.json",
            "oauth2_token_offline.json",
            "oauth2_token_online.json",
            "oauth2_token_refresh.json")) {
      m.put(f, cas);
    }
    return m;
  }

  static Path fixtures() {
    Path dir = Paths.get(System.getProperty("osf.fixtures", "../../shared/osf-api/fixtures"));
    assertThat(dir.resolve("_index.json"))
        .as(
            "fixtures missing: expected shared/osf-api/fixtures beside the clone at "
                + dir.toAbsolutePath().normalize())
        .exists();
    return dir;
  }

  @Test
  void everyRecordedFixtureIsReplayedOrExplicitlyExcluded() throws IOException {
    Set<String> onDisk = new TreeSet<>();
    try (Stream<Path> s = Files.list(fixtures())) {
      s.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json") && !n.startsWith("_"))
          .forEach(onDisk::add);
    }
    Set<String> handled = new TreeSet<>(FixtureScenarios.ALL.keySet());
    handled.addAll(EXCLUDED.keySet());
    assertThat(handled).containsExactlyInAnyOrderElementsOf(onDisk);
  }

  @TestFactory
  List<DynamicTest> emulatorAnswersLikeEachRecordedFixture() throws IOException {
    Path dir = fixtures();
    Map<String, Integer> statuses = statuses(dir);
    List<DynamicTest> tests = new ArrayList<>();
    for (Map.Entry<String, Function<Osf, Http.Res>> e : FixtureScenarios.ALL.entrySet()) {
      String name = e.getKey();
      tests.add(
          DynamicTest.dynamicTest(
              name,
              () -> {
                JsonNode expected = Http.JSON.readTree(dir.resolve(name).toFile());
                try (Osf osf = new Osf()) {
                  Http.Res actual = e.getValue().apply(osf);
                  Integer status = statuses.get(name);
                  if (status != null) {
                    assertThat(actual.status()).as(name + ": " + actual.text()).isEqualTo(status);
                  }
                  Set<String> want = Shape.of(expected);
                  Set<String> got = Shape.of(actual.json());
                  Set<String> missing = new TreeSet<>(want);
                  missing.removeAll(got);
                  Set<String> extra = new TreeSet<>(got);
                  extra.removeAll(want);
                  assertThat(missing).as(name + " keys missing from the emulator's body").isEmpty();
                  assertThat(extra).as(name + " keys the recording does not have").isEmpty();
                }
              }));
    }
    return tests;
  }

  private static Map<String, Integer> statuses(Path dir) throws IOException {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (JsonNode entry : Http.JSON.readTree(dir.resolve("_index.json").toFile())) {
      JsonNode status = entry.path("response").path("status");
      if (status.isInt()) {
        out.put(entry.path("file").asText(), status.asInt());
      }
    }
    out.put("error_401_invalid_oauth_token.json", 401);
    out.put("error_503_maintenance_mode.json", 503);
    return out;
  }
}
