package io.github.osf4j.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.osf4j.core.ProjectNotFoundException;
import io.github.osf4j.core.StorageUsage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Reading {@code GET /v2/nodes/{id}/storage/} and the project's quota. */
final class StorageTest {

  @Test
  void usageComesFromTheStorageEndpointAndTheQuotaFromThePrivateNode() throws IOException {
    try (Emulator emu = Emulator.start()) {
      String node = emu.server.createProject("p");
      emu.server.putFile(node, "a.bin", new byte[1234]);

      StorageUsage usage = emu.storage().storage(node).orElseThrow();

      assertThat(usage).isEqualTo(new StorageUsage(1234, 5_000_000_000L, false));
      assertThat(emu.server.requests().count("GET", "/v2/nodes/" + node + "/storage/"))
          .isEqualTo(1);
    }
  }

  @Test
  void aPublicProjectHasTheLargerQuotaAndBothCanBeConfigured() throws IOException {
    try (Emulator emu = Emulator.start()) {
      String node = emu.server.createProject("p");
      emu.server.setPublic(node, true);
      HttpRemoteStorage custom =
          emu.storage(emu.config().toBuilder().quotas(100, 200).build(), Emulator.TOKEN);

      assertThat(emu.storage().storage(node).orElseThrow().limitBytes()).isEqualTo(50_000_000_000L);
      assertThat(custom.storage(node).orElseThrow()).isEqualTo(new StorageUsage(0, 200, true));
    }
  }

  @Test
  void http202MeansNotComputedYet() throws IOException {
    try (Emulator emu = Emulator.start()) {
      String node = emu.server.createProject("p");
      emu.server.setStoragePending(1);

      assertThat(emu.storage().storage(node)).isEmpty();
      assertThat(emu.storage().storage(node)).isPresent();
      assertThat(emu.server.requests().countStatus(202)).isEqualTo(1);
    }
  }

  @Test
  void anUnknownProjectIsAnError() {
    try (Emulator emu = Emulator.start()) {
      assertThatThrownBy(() -> emu.storage().storage("nosuch"))
          .isInstanceOf(ProjectNotFoundException.class);
    }
  }

  @Test
  void theRecordedShapeParses() throws IOException {
    assertThat(
            used(
                "{\"storage_limit_status\":\"APPROACHING_PRIVATE\",\"storage_usage\":\"4600000000\"}"))
        .hasValue(4_600_000_000L);
    assertThat(used("{\"storage_limit_status\":\"DEFAULT\",\"storage_usage\":12}")).hasValue(12);
  }

  @Test
  void notCalculatedMissingOrOddFiguresAreUnknown() throws IOException {
    assertThat(used("{\"storage_limit_status\":\"NOT_CALCULATED\",\"storage_usage\":\"5\"}"))
        .isEmpty();
    assertThat(used("{\"storage_limit_status\":\"DEFAULT\"}")).isEmpty();
    assertThat(used("{\"storage_usage\":null}")).isEmpty();
    assertThat(used("{\"storage_usage\":\"lots\"}")).isEmpty();
    assertThat(used("{\"storage_usage\":\"-1\"}")).isEmpty();
    assertThat(used("{}")).isEmpty();
  }

  private static OptionalLong used(String attributes) throws IOException {
    JsonNode node = Json.parse(attributes.getBytes(StandardCharsets.UTF_8));
    return StorageReader.used(node);
  }
}
