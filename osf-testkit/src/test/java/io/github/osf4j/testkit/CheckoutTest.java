package io.github.osf4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A checked-out file is read-only to everyone but the user who checked it out. */
final class CheckoutTest {

  @Test
  void updateOfAFileCheckedOutByAnotherUserIsRefusedWith403() {
    try (Osf osf = new Osf()) {
      String node = osf.server.createProject("p");
      String id = osf.upload(node, "/", "a.txt", "one");
      String colleague = osf.server.addUser("Grace Example", null);
      osf.server.checkOut(node, "/a.txt", colleague);

      Http.Res refused = osf.http.put(osf.wb(node, "/" + id), bytes("two"));
      assertThat(refused.status()).isEqualTo(403);
      assertThat(refused.json().get("message").asText())
          .isEqualTo("File cannot be updated due to checkout status.");
      assertThat(
              osf.http.get("/v2/files/" + id + "/").json().at("/data/attributes/checkout").asText())
          .isEqualTo(colleague);

      osf.server.checkOut(node, "/a.txt", osf.server.userId());
      assertThat(osf.http.put(osf.wb(node, "/" + id), bytes("two")).status()).isEqualTo(200);
      osf.server.checkOut(node, "/a.txt", null);
      assertThat(osf.http.put(osf.wb(node, "/" + id), bytes("three")).status()).isEqualTo(200);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
