package io.github.osf4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code projects --tag}, {@code projects create} and {@code components} on the emulator. */
final class ProjectsTagCreateComponentsCliTest {
  @TempDir Path temp;
  private CliHarness cli;

  @BeforeEach
  void startEmulator() throws IOException {
    cli = new CliHarness(temp);
    cli.login();
  }

  @AfterEach
  void noSecretWasPrinted() {
    cli.assertNoSecretPrinted();
    cli.close();
  }

  @Test
  void projectsTagFindsOnlyTaggedProjects() {
    String stroop = cli.server.createProject("Stroop");
    cli.server.addTags(stroop, "psychopy", "attention");
    String eeg = cli.server.createProject("EEG");

    CliResult tagged = cli.run("projects", "--tag", "psychopy");

    assertThat(tagged.code()).as(tagged.toString()).isZero();
    assertThat(tagged.out()).contains(stroop + "  Stroop").doesNotContain(eeg);
  }

  @Test
  void projectsTagWithUserIsOneUsageLine() {
    CliResult both = cli.run("projects", "--tag", "psychopy", "--user", "abc");

    assertThat(both.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(both.err().lines().filter(l -> l.startsWith("osf4j:")))
        .containsExactly(
            "osf4j: --tag searches every visible project; it cannot be used with --user");
  }

  @Test
  void projectsCreateMakesAPublicProjectWithDescriptionAndTagsThatInitAccepts() throws IOException {
    CliResult created =
        cli.run(
            "projects",
            "create",
            "Visual search",
            "--public",
            "--description",
            "Pilot data & code",
            "--tag",
            "psychopy",
            "--json");

    assertThat(created.code()).as(created.toString()).isZero();
    JsonNode project = new ObjectMapper().readTree(created.out()).path("created").get(0);
    String id = project.path("id").asText();
    assertThat(project.path("title").asText()).isEqualTo("Visual search");
    assertThat(project.path("public").asBoolean()).isTrue();
    assertThat(cli.server.isPublic(id)).isTrue();
    assertThat(cli.server.description(id)).isEqualTo("Pilot data &amp; code");
    assertThat(cli.run("projects", "--tag", "psychopy").out()).contains(id + "  Visual search");
    CliResult init =
        cli.run(
            "init",
            temp.resolve("v.osf4j.json").toString(),
            "--project",
            id,
            "--root",
            cli.folder("vs").toString());
    assertThat(init.code()).as(init.toString()).isZero();
  }

  @Test
  void projectsCreateIsPrivateByDefaultAndPrintsTheId() {
    CliResult created = cli.run("projects", "create", "Private pilot");

    assertThat(created.code()).as(created.toString()).isZero();
    String id = created.out().lines().findFirst().orElseThrow().split("  ")[0];
    assertThat(created.out()).contains(id + "  Private pilot  (private)");
    assertThat(cli.server.isPublic(id)).isFalse();
    assertThat(cli.run("projects").out()).contains(id + "  Private pilot");
  }

  @Test
  void componentsListsTheDirectComponentsWithTheirIds() throws IOException {
    String study = cli.server.createProject("Study");
    String pilot = cli.server.createComponent(study, "Pilot");
    String main = cli.server.createComponent(study, "Main");
    String nested = cli.server.createComponent(pilot, "Session 1");

    CliResult components = cli.run("components", study);
    CliResult json = cli.run("components", study, "--json");

    assertThat(components.code()).as(components.toString()).isZero();
    assertThat(components.out())
        .contains(pilot + "  Pilot  (private, component of " + study + ")")
        .contains(main + "  Main")
        .doesNotContain(nested);
    JsonNode out = new ObjectMapper().readTree(json.out());
    assertThat(out.path("components").findValuesAsText("id"))
        .containsExactlyInAnyOrder(pilot, main);
  }

  @Test
  void componentsOfAnUnknownProjectIsNotFound() {
    CliResult components = cli.run("components", "zzzzz");

    assertThat(components.code()).isNotZero();
    assertThat(components.err()).contains("zzzzz");
  }
}
