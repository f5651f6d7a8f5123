package io.github.osf4j.cli;

import io.github.osf4j.core.Content;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.IgnoreRules;
import io.github.osf4j.core.LocalFiles;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.Snapshot;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The local folder, telling the run's progress when a scan starts and how many files it found (the
 * core reports no phases before a sync applies its plan).
 */
final class ScanningFiles implements LocalFiles {
  private final LocalFiles files;
  private final CliContext context;

  ScanningFiles(LocalFiles files, CliContext context) {
    this.files = files;
    this.context = context;
  }

  @Override
  public boolean rootExists() {
    return files.rootExists();
  }

  @Override
  public Snapshot scan(Snapshot base) throws IOException {
    context.phase(ProgressPhase.scanning());
    Snapshot scanned = files.scan(base);
    context.phase(ProgressPhase.listing(scanned.fileCount()));
    return scanned;
  }

  @Override
  public IgnoreRules ignoreRules(List<String> ownFiles) throws IOException {
    return files.ignoreRules(ownFiles);
  }

  @Override
  public Snapshot scan(Snapshot base, IgnoreRules rules) throws IOException {
    context.phase(ProgressPhase.scanning());
    Snapshot scanned = files.scan(base, rules);
    context.phase(ProgressPhase.listing(scanned.fileCount()));
    return scanned;
  }

  @Override
  public List<RelPath> ignored(IgnoreRules rules) throws IOException {
    return files.ignored(rules);
  }

  @Override
  public Optional<Entry> stat(RelPath path) throws IOException {
    return files.stat(path);
  }

  @Override
  public Optional<Entry> recheck(RelPath path, Entry known) throws IOException {
    return files.recheck(path, known);
  }

  @Override
  public Content read(RelPath path) throws IOException {
    return files.read(path);
  }

  @Override
  public LocalFiles.PendingFile create(RelPath path) throws IOException {
    return files.create(path);
  }

  @Override
  public Entry mkdir(RelPath path) throws IOException {
    return files.mkdir(path);
  }

  @Override
  public void delete(RelPath path) throws IOException {
    files.delete(path);
  }

  @Override
  public void copyOut(RelPath path, String folder) throws IOException {
    files.copyOut(path, folder);
  }

  @Override
  public int pruneOut(String folder, Predicate<String> expired) throws IOException {
    return files.pruneOut(folder, expired);
  }

  @Override
  public Entry move(RelPath from, RelPath to) throws IOException {
    return files.move(from, to);
  }
}
