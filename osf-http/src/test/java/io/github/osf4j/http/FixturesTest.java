package io.github.osf4j.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every recorded (and derived) body in {@code shared/osf-api/fixtures/}, copied to {@code
 * src/test/resources/fixtures}, parses into the values listed in {@code fixtures-expected.txt}.
 * That list was extracted from the JSON with an independent Python script (field by field, with
 * html.unescape for titles), so the two implementations check each other.
 */
final class FixturesTest {

  @Test
  void everyFixtureParsesIntoTheExpectedValues() throws Exception {
    Map<String, List<String>> expected = expected();
    Path root = resource("fixtures");
    List<String> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files =
          walk.filter(p -> p.toString().endsWith(".json"))
              .map(p -> root.relativize(p).toString().replace('\\', '/'))
              .sorted()
              .collect(Collectors.toList());
    }
    assertThat(files).hasSize(78);
    assertThat(expected.keySet()).containsExactlyInAnyOrderElementsOf(files);
    for (String file : files) {
      JsonNode json = Json.parse(Files.readAllBytes(root.resolve(file)));
      assertThat(render(file, json)).as(file).isEqualTo(expected.get(file));
    }
  }

  @Test
  void recordedTitlesAreUnescaped() throws Exception {
    JsonNode node =
        Json.parse(Files.readAllBytes(resource("fixtures/node_html_entity_title.json")));
    assertThat(Json.node(node.path("data")).title()).isEqualTo("> data & < files");
    assertThat(node.path("data").path("attributes").path("title").asText())
        .isEqualTo("&gt; data &amp; &lt; files");
  }

  @Test
  void wbConflictBodyCarriesTheExistingFile() throws Exception {
    JsonNode body =
        Json.parse(
            Files.readAllBytes(
                resource("fixtures/derived/waterbutler_409_upload_name_exists.derived.json")));
    RemoteItem existing = Json.wbItem(body.path("data"));
    assertThat(existing.id()).isEqualTo("69967c90d957f4745b0cab28");
    assertThat(existing.sha256())
        .isEqualTo("5cb4615c09d7a8bb0a75688e183bb1fd30f25291a1461d02fccff2111c6a2d1f");
  }

  private static List<String> render(String file, JsonNode json) throws IOException {
    JsonNode data = json.path("data");
    List<String> lines = new ArrayList<>();
    if (file.startsWith("oauth2_")) {
      String value = Json.text(json, "access_token");
      lines.add("oauth " + (value != null ? value : Json.text(json, "id")));
    } else if (data.isArray() && file.contains("waterbutler_revisions")) {
      List<String> ids = new ArrayList<>();
      for (JsonNode v : Json.list(json)) {
        ids.add(Json.required(v, "id"));
      }
      lines.add("versions " + String.join(",", ids));
    } else if (data.isArray()) {
      Page page = Json.page(json);
      lines.add("page " + page.items().size() + "|" + page.total() + "|" + (page.next() != null));
      for (JsonNode item : page.items()) {
        lines.add(item(item));
      }
    } else if (data.isObject()
        && Path.of(file).getFileName().toString().startsWith("waterbutler_")) {
      if (data.size() > 0) {
        lines.add(wb(Json.wbItem(data)));
      }
      if (json.has("message")) {
        lines.add("error " + Json.errorMessage(json));
      }
    } else if (data.isObject()) {
      lines.add(item(data));
    } else if (Failures.isMaintenance(json)) {
      lines.add("maintenance true");
    } else {
      lines.add("error " + Json.errorMessage(json));
    }
    return lines;
  }

  private static String item(JsonNode data) throws IOException {
    String type = Objects.requireNonNull(Json.text(data, "type"));
    switch (type) {
      case "users":
        var u = Json.user(data);
        return "user " + u.id() + "|" + u.fullName() + "|" + u.email();
      case "nodes":
        var n = Json.node(data);
        return "node " + n.id() + "|" + n.title() + "|" + n.parentId() + "|" + n.isPublic();
      case "files":
        return "file " + fields(Json.apiFile(data));
      default:
        return "version " + Json.required(data, "id");
    }
  }

  private static String wb(RemoteItem item) {
    return "wb " + fields(item);
  }

  private static String fields(RemoteItem i) {
    return String.join(
        "|",
        i.id(),
        i.kind().name().toLowerCase(java.util.Locale.ROOT),
        i.name(),
        Long.toString(i.size()),
        String.valueOf(i.md5()),
        String.valueOf(i.sha256()),
        Integer.toString(i.version()),
        String.valueOf(i.materialized()));
  }

  private static Map<String, List<String>> expected() throws Exception {
    Map<String, List<String>> expected = new LinkedHashMap<>();
    List<String> current = new ArrayList<>();
    for (String line :
        Files.readAllLines(resource("fixtures-expected.txt"), StandardCharsets.UTF_8)) {
      if (line.startsWith("== ")) {
        current = new ArrayList<>();
        expected.put(line.substring(3), current);
      } else {
        current.add(line);
      }
    }
    return expected;
  }

  private static Path resource(String name) throws URISyntaxException {
    URL url = Objects.requireNonNull(FixturesTest.class.getClassLoader().getResource(name), name);
    return Paths.get(url.toURI());
  }
}
