package io.github.osf4j.reliability;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The Linux immutable attribute: stops writes even by root, where file modes do not. */
final class Chattr {
  private Chattr() {}

  /** Sets or clears +i on the paths; false when the tool or the file system refuses. */
  static boolean set(boolean on, Path... paths) throws IOException {
    List<String> cmd = new ArrayList<>(List.of("chattr", on ? "+i" : "-i"));
    for (Path p : paths) {
      cmd.add(p.toString());
    }
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while running chattr");
    } catch (IOException e) {
      return false;
    }
  }
}
