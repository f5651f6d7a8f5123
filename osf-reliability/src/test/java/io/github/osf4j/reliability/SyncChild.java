package io.github.osf4j.reliability;

import io.github.osf4j.core.ProjectLockedException;
import io.github.osf4j.core.SessionToken;
import io.github.osf4j.core.SyncReport;
import io.github.osf4j.core.local.NioLocalFiles;
import io.github.osf4j.core.sync.Project;
import io.github.osf4j.core.sync.Session;
import io.github.osf4j.http.OsfHttp;
import io.github.osf4j.http.OsfHttpConfig;
import io.github.osf4j.store.json.JsonStores;
import io.github.osf4j.store.json.TokenStoreConfig;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The sync a kill test runs in a child JVM and kills: the library wired as the CLI wires it, over a
 * project file and a token store on disk. Exit 0 in sync, 1 incomplete, 3 locked, 5 failed.
 *
 * <p>Arguments: API URL, files URL, project file, config folder.
 */
final class SyncChild {
  private SyncChild() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String[] args) {
    SessionToken token = new SessionToken();
    OsfHttpConfig http =
        OsfHttpConfig.builder()
            .urls(URI.create(args[0]), URI.create(args[1]))
            .environment(Map.of())
            .concurrency(8)
            .retries(8, Duration.ofMillis(5), Duration.ofMillis(50))
            .maxWait(Duration.ofSeconds(5))
            .build();
    Session session =
        Session.builder(
                OsfHttp.connector(http),
                JsonStores.tokenStore(new TokenStoreConfig(Path.of(args[3]), List.of())))
            .server(http.server())
            .localFiles(c -> new NioLocalFiles(Path.of(c.localRoot()), c.ignore(), 2))
            .build();
    try (Project p = session.openProject(JsonStores.projectStore(Path.of(args[2])))) {
      p.lockNotice().ifPresent(n -> System.out.println("osf4j: " + n));
      System.out.println("phase open");
      SyncReport report = p.apply();
      System.out.println("done " + report.done().size() + " failed " + report.failed().size());
      return report.isComplete() ? 0 : 1;
    } catch (ProjectLockedException e) {
      System.out.println("locked: " + e.getMessage());
      return 3;
    } catch (IOException | RuntimeException e) {
      System.out.println("failed: " + e);
      return 5;
    }
  }
}
