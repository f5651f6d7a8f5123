package io.github.osf4j.store.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import io.github.osf4j.core.ProjectStore;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.UnaryOperator;

/** Opens {@link JsonProjectStore}s that share one JSON factory and one locker. */
final class JsonProjectStoreFactory implements ProjectStoreFactory {

  private final JsonFactory json = ProjectFileFormat.newFactory();
  private final ProjectLocker locker;
  private final UnaryOperator<OutputStream> outputHook;

  @Inject
  JsonProjectStoreFactory() {
    this(
        new ProjectLocker(
            Clock.systemUTC(), ProcessProbe.system(), ProcessHandle.current().pid(), hostName()),
        UnaryOperator.identity());
  }

  JsonProjectStoreFactory(ProjectLocker locker, UnaryOperator<OutputStream> outputHook) {
    this.locker = requireNonNull(locker, "locker");
    this.outputHook = requireNonNull(outputHook, "outputHook");
  }

  @Override
  public ProjectStore open(Path projectFile) {
    return new JsonProjectStore(new AtomicFile(projectFile, List.of(), outputHook), json, locker);
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      String fromEnv = System.getenv("HOSTNAME");
      return fromEnv != null ? fromEnv : "localhost";
    }
  }
}
