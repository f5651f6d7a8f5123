package io.github.osf4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class ProjectConfigTest {

  @Test
  void theBuilderNamesEveryPart() {
    ProjectConfig config =
        ProjectConfig.builder()
            .server(OsfServer.OSF_IO)
            .projectId("abc12")
            .projectTitle("Test")
            .userId("me")
            .username("me@example.org")
            .localRoot("/experiment")
            .ignore(List.of("*.log"))
            .build();

    assertThat(config)
        .isEqualTo(
            new ProjectConfig(
                "https://api.osf.io/v2/",
                "https://files.osf.io/v1/",
                "abc12",
                "Test",
                "me",
                "me@example.org",
                "/experiment",
                List.of("*.log")));
    assertThat(config.server()).isEqualTo(OsfServer.OSF_IO);
  }

  @Test
  void toBuilderKeepsWhatIsNotChanged() {
    ProjectConfig config =
        ProjectConfig.builder()
            .projectId("abc12")
            .userId("me")
            .localRoot("/experiment")
            .projectFilesUrl("https://files.de1.osf.io/v1/")
            .build();

    ProjectConfig moved = config.toBuilder().localRoot("/elsewhere").build();

    assertThat(moved.localRoot()).isEqualTo("/elsewhere");
    assertThat(moved.withProjectFilesUrl(config.projectFilesUrl()))
        .isEqualTo(config.toBuilder().localRoot("/elsewhere").build());
    assertThat(moved.projectId()).isEqualTo("abc12");
    assertThat(moved.apiUrl()).isEmpty();
  }

  @Test
  void componentsGoNeitherWithARemotePathNorFoldersWithoutThem() {
    ProjectConfig.Builder base =
        ProjectConfig.builder().projectId("abc12").userId("me").localRoot("/experiment");

    assertThatThrownBy(() -> base.components(true).remotePath(RelPath.of("data")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not both");
    assertThatThrownBy(
            () ->
                base.remotePath(null)
                    .components(false)
                    .componentFolders(Map.of("c1", RelPath.of("Data (c1)")))
                    .build())
        .isInstanceOf(IllegalArgumentException.class);
    ProjectConfig withComponents =
        base.components(true).componentFolders(Map.of("c1", RelPath.of("Data (c1)"))).build();
    assertThat(withComponents.toBuilder().build()).isEqualTo(withComponents);
    assertThat(withComponents.withComponentFolders(Map.of()).componentFolders()).isEmpty();
  }

  @Test
  void aConfigWithoutAProjectIdIsNotBuilt() {
    assertThatThrownBy(() -> ProjectConfig.builder().userId("me").localRoot("/x").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("project id");
  }
}
