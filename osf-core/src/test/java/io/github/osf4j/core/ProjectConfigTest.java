package io.github.osf4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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
  void aConfigWithoutAProjectIdIsNotBuilt() {
    assertThatThrownBy(() -> ProjectConfig.builder().userId("me").localRoot("/x").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("project id");
  }
}
