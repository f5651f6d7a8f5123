package io.github.osf4j.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file another user checked out on OSF: the update is skipped with that reason, never lost. */
final class CheckoutCliTest {
  @TempDir Path temp;

  @SuppressWarnings("NullAway.Init")
  private CliHarness cli;

  @AfterEach
  void noSecretWasPrinted() {
    cli.assertNoSecretPrinted();
    cli.close();
  }

  @Test
  void anUpdateOfACheckedOutFileIsSkippedAndSentAfterCheckIn() throws IOException {
    cli = new CliHarness(temp);
    cli.login();
    String node = cli.server.createProject("Checkout");
    Path folder = cli.folder("data");
    Files.writeString(folder.resolve("notes.txt"), "v1\n", UTF_8);
    String projectFile = temp.resolve("c.osf4j.json").toString();
    assertThat(cli.run("init", projectFile, "--project", node, "--root", folder.toString()).code())
        .isZero();
    assertThat(cli.run("sync", projectFile, "-q").code()).isZero();
    String colleague = cli.server.addUser("Grace Example", null);
    cli.server.checkOut(node, "/notes.txt", colleague);
    Files.writeString(folder.resolve("notes.txt"), "v2\n", UTF_8);

    CliResult skipped = cli.run("sync", projectFile);

    assertThat(skipped.code()).as(skipped.toString()).isEqualTo(1);
    assertThat(skipped.out() + skipped.err()).contains("checked out by another user on OSF");
    assertThat(Files.readString(folder.resolve("notes.txt"), UTF_8)).isEqualTo("v2\n");
    assertThat(cli.server.readFile(node, "/notes.txt")).hasValue("v1\n".getBytes(UTF_8));

    cli.server.checkOut(node, "/notes.txt", null);
    CliResult after = cli.run("sync", projectFile);

    assertThat(after.code()).as(after.toString()).isZero();
    assertThat(cli.server.readFile(node, "/notes.txt")).hasValue("v2\n".getBytes(UTF_8));
  }
}
