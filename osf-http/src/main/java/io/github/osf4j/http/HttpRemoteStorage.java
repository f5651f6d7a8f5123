package io.github.osf4j.http;

import io.github.osf4j.core.AccessToken;
import io.github.osf4j.core.Content;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.FileVersion;
import io.github.osf4j.core.NewProject;
import io.github.osf4j.core.OsfServer;
import io.github.osf4j.core.ProjectInfo;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.RemoteStorage;
import io.github.osf4j.core.Snapshot;
import io.github.osf4j.core.StorageUsage;
import io.github.osf4j.core.SyncEvent;
import io.github.osf4j.core.SyncListener;
import io.github.osf4j.core.TokenSource;
import io.github.osf4j.core.TransferListener;
import io.github.osf4j.core.UserInfo;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.jspecify.annotations.Nullable;

/**
 * {@link RemoteStorage} over OSF API v2 (pinned to 2.20) and WaterButler v1. Thread-safe; all
 * operations share one concurrency limit, the optional request rate and the hosts' gates, which
 * report the server's pauses ({@link SyncEvent.ServerWait}) to the listener given.
 */
final class HttpRemoteStorage implements RemoteStorage {
  static final String USER_AGENT = "osf4j/" + version();

  private final OsfServer server;
  private final Directory directory;
  private final TreeLister lister;
  private final Downloader downloader;
  private final Versions versions;
  private final Uploader uploader;
  private final FileOps files;
  private final StorageRegions regions;
  private final StorageReader storage;

  HttpRemoteStorage(OsfHttpConfig config, TokenSource tokens) {
    this(config, tokens, Optional.empty());
  }

  @Inject
  HttpRemoteStorage(OsfHttpConfig config, TokenSource tokens, Optional<SyncListener> waits) {
    this(
        config,
        tokens,
        waits.orElse(SyncListener.NONE),
        Transport.newClient(config),
        Clock.systemUTC(),
        Sleeper.REAL,
        () -> ThreadLocalRandom.current().nextDouble());
  }

  HttpRemoteStorage(
      OsfHttpConfig config,
      TokenSource tokens,
      HttpClient client,
      Clock clock,
      Sleeper sleeper,
      DoubleSupplier jitter) {
    this(config, tokens, SyncListener.NONE, client, clock, sleeper, jitter);
  }

  HttpRemoteStorage(
      OsfHttpConfig config,
      TokenSource tokens,
      SyncListener waits,
      HttpClient client,
      Clock clock,
      Sleeper sleeper,
      DoubleSupplier jitter) {
    this.server = new OsfServer(config.apiUrl().toString(), config.filesUrl().toString());
    TokenBucket rate =
        config.maxRate() > 0 ? TokenBucket.perSecond(config.maxRate(), clock, sleeper) : null;
    HostGates gates =
        new HostGates(config.maxConcurrency(), config.maxWait(), clock, sleeper, waits);
    Transport transport = new Transport(client, config, rate, gates, USER_AGENT);
    Backoff backoff = new Backoff(config.retryBaseDelay(), config.retryMaxDelay(), jitter);
    Retrier retrier = new Retrier(transport, backoff, sleeper, clock, config);
    Urls urls = new Urls(config.apiUrl(), config.filesUrl());
    Auth auth = new Auth(tokens);
    FolderLookup lookup = new FolderLookup(retrier, urls);
    Pager pager = new Pager(retrier, config.apiUrl());
    this.regions = new StorageRegions(pager, urls, auth);
    this.directory = new Directory(retrier, pager, urls, auth, clock);
    this.lister = new TreeLister(retrier, urls, auth, config.maxConcurrency());
    this.downloader = new Downloader(retrier, urls, auth);
    this.versions = new Versions(retrier, pager, urls, auth);
    this.uploader = new Uploader(retrier, urls, auth, lookup, config.maxFileBytes());
    this.files = new FileOps(retrier, urls, auth, lookup);
    this.storage = new StorageReader(retrier, urls, auth, directory, config);
  }

  @Override
  public OsfServer server() {
    return server;
  }

  @Override
  public String filesUrl(String projectId) throws IOException {
    return regions.resolve(projectId).toString();
  }

  @Override
  public void knowFilesUrl(String projectId, String filesUrl) {
    regions.remember(projectId, filesUrl);
  }

  @Override
  public UserInfo whoAmI() throws IOException {
    return directory.whoAmI();
  }

  @Override
  public AccessToken createToken(String username, String password, @Nullable String otp)
      throws IOException {
    return directory.createToken(username, password, otp);
  }

  @Override
  public List<UserInfo> findUsers(String text) throws IOException {
    return directory.findUsers(text);
  }

  @Override
  public List<ProjectInfo> projectsOf(String userId) throws IOException {
    return directory.projectsOf(userId);
  }

  @Override
  public List<ProjectInfo> findProjects(String title) throws IOException {
    return directory.findProjects(title);
  }

  @Override
  public List<ProjectInfo> findProjectsByTag(String tag) throws IOException {
    return directory.findProjectsByTag(tag);
  }

  @Override
  public ProjectInfo createProject(NewProject project) throws IOException {
    return directory.createProject(project);
  }

  @Override
  public ProjectInfo project(String projectId) throws IOException {
    return directory.project(projectId);
  }

  @Override
  public List<ProjectInfo> components(String projectId) throws IOException {
    return directory.components(projectId);
  }

  @Override
  public Optional<StorageUsage> storage(String projectId) throws IOException {
    return storage.storage(projectId);
  }

  @Override
  public Snapshot list(String projectId) throws IOException {
    regions.resolve(projectId);
    return lister.list(projectId);
  }

  @Override
  public Optional<Entry> folder(String projectId, RelPath path) throws IOException {
    regions.resolve(projectId);
    return lister.folder(projectId, path);
  }

  @Override
  public Snapshot list(String projectId, Entry folder) throws IOException {
    regions.resolve(projectId);
    return lister.list(projectId, folder);
  }

  @Override
  public void download(String projectId, Entry file, OutputStream out, TransferListener listener)
      throws IOException {
    regions.resolve(projectId);
    downloader.download(projectId, file, out, listener);
  }

  @Override
  public List<FileVersion> versions(String projectId, Entry file) throws IOException {
    regions.resolve(projectId);
    return versions.versions(projectId, file);
  }

  @Override
  public void downloadVersion(
      String projectId,
      Entry file,
      FileVersion version,
      OutputStream out,
      TransferListener listener)
      throws IOException {
    regions.resolve(projectId);
    downloader.downloadVersion(projectId, version.asEntryOf(file), version.number(), out, listener);
  }

  @Override
  public Entry upload(
      String projectId,
      @Nullable Entry folder,
      String name,
      Content content,
      TransferListener listener)
      throws IOException {
    regions.resolve(projectId);
    return uploader.upload(projectId, folder, name, content, listener);
  }

  @Override
  public Entry update(String projectId, Entry file, Content content, TransferListener listener)
      throws IOException {
    regions.resolve(projectId);
    return uploader.update(projectId, file, content, listener);
  }

  @Override
  public Entry mkdir(String projectId, @Nullable Entry parent, String name) throws IOException {
    regions.resolve(projectId);
    return files.mkdir(projectId, parent, name);
  }

  @Override
  public void delete(String projectId, Entry entry) throws IOException {
    regions.resolve(projectId);
    files.delete(projectId, entry);
  }

  @Override
  public Entry move(String projectId, Entry entry, @Nullable Entry folder, String name)
      throws IOException {
    regions.resolve(projectId);
    return files.move(projectId, entry, folder, name);
  }

  @Override
  public String toString() {
    return "HttpRemoteStorage[" + USER_AGENT + "]";
  }

  private static String version() {
    Properties p = new Properties();
    try (InputStream in = HttpRemoteStorage.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    String v = p.getProperty("version", "unknown");
    return v.startsWith("${") ? "unknown" : v;
  }
}
