package io.github.osf4j.core.sync;

import static java.util.Objects.requireNonNull;

import io.github.osf4j.core.Action;
import io.github.osf4j.core.ComponentFolder;
import io.github.osf4j.core.Entry;
import io.github.osf4j.core.FileVersion;
import io.github.osf4j.core.IgnoreReport;
import io.github.osf4j.core.LocalFiles;
import io.github.osf4j.core.Plan;
import io.github.osf4j.core.ProjectConfig;
import io.github.osf4j.core.ProjectPlanner;
import io.github.osf4j.core.ProjectState;
import io.github.osf4j.core.ProjectStore;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.RemoteStorage;
import io.github.osf4j.core.Safety;
import io.github.osf4j.core.Snapshot;
import io.github.osf4j.core.StorageCheck;
import io.github.osf4j.core.StorageUsage;
import io.github.osf4j.core.SyncCancelledException;
import io.github.osf4j.core.SyncEvent;
import io.github.osf4j.core.SyncEvent.Phase;
import io.github.osf4j.core.SyncListener;
import io.github.osf4j.core.SyncOptions;
import io.github.osf4j.core.SyncReport;
import io.github.osf4j.core.TransferListener;
import io.github.osf4j.core.UnsafePlanException;
import io.github.osf4j.core.Verifier;
import io.github.osf4j.core.VerifyReport;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * One synced project, as pyosf offered it: {@link #analyze()} shows what a sync would do, {@link
 * #apply()} does it, {@link #save()} stores the state. Holds the project's lock from the first
 * analyze or apply until {@link #close()}. Not thread-safe: one caller at a time, except {@link
 * #cancel()}, which any thread may call.
 */
public final class Project implements AutoCloseable {

  private final RemoteStorage remote;
  private final @Nullable ComponentsRemote components;
  private final ProjectStore store;
  private final LocalFiles local;
  private final ProjectPlanner planner;
  private final Clock clock;
  private ProjectState state;
  private SyncOptions options = SyncOptions.DEFAULTS;
  private SyncListener listener = SyncListener.NONE;
  private @Nullable Analysis analysis;
  private @Nullable IgnoreReport ignoreReport;
  private @Nullable StorageCheck storageCheck;
  private ProjectStore.@Nullable Lock lock;
  private final StopSignal stop = new StopSignal();
  private @Nullable Thread analyzing;
  private boolean configChanged;
  private boolean unsaved;

  /**
   * A project over these ports; {@link Session#openProject} is the usual way to get one. A project
   * whose config includes components sees them through {@code remote} as sub-folders.
   */
  public Project(
      RemoteStorage remote,
      ProjectStore store,
      ProjectState state,
      LocalFiles local,
      ProjectPlanner planner,
      Clock clock) {
    this(remote, store, state, local, planner, clock, null);
  }

  /**
   * A project whose lock the caller took before reading {@code state} from {@code store}; the
   * project releases it on {@link #close()}.
   */
  public Project(
      RemoteStorage remote,
      ProjectStore store,
      ProjectState state,
      LocalFiles local,
      ProjectPlanner planner,
      Clock clock,
      ProjectStore.@Nullable Lock heldLock) {
    this.lock = heldLock;
    requireNonNull(remote, "remote");
    this.store = requireNonNull(store, "store");
    this.state = requireNonNull(state, "state");
    ProjectConfig config = state.config();
    this.components =
        config.components()
            ? new ComponentsRemote(remote, config.projectId(), config.componentFolders())
            : null;
    this.remote = components != null ? components : remote;
    this.local = requireNonNull(local, "local");
    this.planner = requireNonNull(planner, "planner");
    this.clock = requireNonNull(clock, "clock");
  }

  public ProjectConfig config() {
    return state.config();
  }

  /** The index: the state of every path at the last sync. */
  public Snapshot index() {
    return state.base();
  }

  public SyncOptions options() {
    return options;
  }

  /** Uses {@code newOptions} for the next analyze and apply. */
  public void setOptions(SyncOptions newOptions) {
    this.options = requireNonNull(newOptions, "newOptions");
    this.analysis = null;
  }

  /** Sends progress and results to {@code newListener}. */
  public void setListener(SyncListener newListener) {
    this.listener = requireNonNull(newListener, "newListener");
  }

  /** What the ignore rules did in the last {@link #analyze()}, when it reached the listing. */
  public Optional<IgnoreReport> lastIgnoreReport() {
    return Optional.ofNullable(ignoreReport);
  }

  /**
   * The ignored paths in the local folder whose parent is not ignored, under the rules in effect
   * now (the local side of {@code status --ignored}).
   */
  public List<RelPath> ignoredLocally() throws IOException {
    return local.ignored(local.ignoreRules(store.ownFiles()));
  }

  /**
   * What the quota check of the last {@link #analyze()} found, when the plan had uploads and OSF
   * gave the project's storage use; uploads that do not fit are then the plan's skipped paths.
   */
  public Optional<StorageCheck> lastStorageCheck() {
    return Optional.ofNullable(storageCheck);
  }

  /**
   * The project's storage use now, or empty when OSF is still computing it or could not say (a
   * failure to read it is not an error: OSF still refuses an upload over the quota with 507).
   *
   * @throws InterruptedIOException when interrupted
   */
  public Optional<StorageUsage> storageUsage() throws IOException {
    return storageUsage(config().projectId());
  }

  /** The line saying that this project's lock was taken over from a stale or broken one, if so. */
  public Optional<String> lockNotice() {
    ProjectStore.Lock held = lock;
    return held == null ? Optional.empty() : held.notice();
  }

  /** The plan of the last {@link #analyze()} that was not applied yet. */
  public Optional<Plan> lastPlan() {
    return Optional.ofNullable(analysis).map(Analysis::plan);
  }

  /**
   * Scans the local folder, lists the project and plans, changing nothing (a dry run). A missing
   * local folder gives an unsafe plan with no actions (P9).
   *
   * <p>The ignore rules are read once, here: the defaults, the project file's patterns, the local
   * {@code .osfignore} and the store's own files. They filter the index, the scan and the listing
   * alike, so an ignored path is never acted on; a {@code .osfignore} that this run downloads
   * applies from the next run (where it only takes paths out of the sync).
   *
   * @throws IncompleteListingException when the project could not be listed completely
   * @throws ProjectLockedException when another run holds the project
   */
  public Plan analyze() throws IOException {
    takeLock();
    return interruptible(this::analyzeNow);
  }

  /** Runs {@code step} so that {@link #cancel()} interrupts it. */
  private <T> T interruptible(Step<T> step) throws IOException {
    checkNotCancelled();
    setAnalyzing(Thread.currentThread());
    try {
      return step.run();
    } catch (IOException e) {
      checkNotCancelled();
      throw e;
    } finally {
      setAnalyzing(null);
    }
  }

  /** A step before the executor runs: scanning, listing, planning. */
  @FunctionalInterface
  private interface Step<T> {
    T run() throws IOException;
  }

  private Plan analyzeNow() throws IOException {
    analysis = null;
    ignoreReport = null;
    storageCheck = null;
    if (!local.rootExists()) {
      Plan plan =
          new Plan(List.of(), List.of(), List.of(), new Safety.Unsafe(List.of(missingRoot())));
      analysis = new Analysis(plan, state.base(), Snapshot.empty(), Snapshot.empty(), null);
      return plan;
    }
    SyncScope scope = new SyncScope(local.ignoreRules(store.ownFiles()), state);
    Snapshot base = scope.base();
    phase(Phase.SCANNING);
    Snapshot localNow = local.scan(state.base(), scope.rules());
    phase(Phase.LISTING);
    // The files host OSF named last time, unless this remote talks to another server than the
    // project file's (a proxy, a test's interposer): then OSF is asked again.
    String remembered = config().projectFilesUrl();
    if (remembered != null && config().server().equals(remote.server())) {
      remote.knowFilesUrl(config().projectId(), remembered);
    }
    ComponentsRemote withComponents = components;
    if (withComponents != null) {
      withComponents.forgetGoneWithout(folder -> localNow.get(folder).isPresent());
    }
    Snapshot listed = remote.list(config().projectId());
    noteFilesUrl(remote.filesUrl(config().projectId()));
    List<ComponentFolder> layout = List.of();
    if (withComponents != null) {
      layout = withComponents.components();
      noteComponentFolders(withComponents.folders());
    }
    Snapshot remoteNow = scope.remote(listed);
    phase(Phase.PLANNING);
    Plan plan = planner.plan(base, localNow, remoteNow, options.withComponents(layout));
    plan = scope.keepFoldersHoldingIgnored(plan, listed, local);
    plan = checkQuota(plan, layout);
    ignoreReport = scope.report(localNow, listed, remoteNow);
    analysis = new Analysis(plan, base, localNow, remoteNow, scope);
    return plan;
  }

  /**
   * Performs the last analyzed plan (analyzing first when there is none), saving the index as
   * actions finish; remote targets are re-checked against a fresh listing when the plan is older
   * than this call.
   *
   * @throws UnsafePlanException when the plan is unsafe and {@link SyncOptions#force()} is off
   * @throws SyncCancelledException when {@link #cancel()} stopped the run; what finished is saved
   * @throws ServerUnreachableException when the server could no longer be reached; the run stopped
   *     starting actions and what finished is saved
   */
  public SyncReport apply() throws IOException {
    takeLock();
    Analysis planned = analysis;
    Snapshot freshRemote;
    if (planned == null) {
      analyze();
      planned = requireNonNull(analysis, "analysis");
      freshRemote = planned.remote();
    } else {
      freshRemote = null;
    }
    Safety safety = planned.plan().safety();
    if (safety instanceof Safety.Unsafe unsafe && !options.force()) {
      throw new UnsafePlanException(unsafe.reasons());
    }
    if (freshRemote == null) {
      phase(Phase.LISTING);
      Analysis current = planned;
      freshRemote =
          current.plan().actions().isEmpty()
              ? current.remote()
              : interruptible(() -> fresh(current));
    }
    analysis = null;
    SyncScope scope = planned.scope();
    if (scope != null) {
      record(state.withBase(planned.base(), scope.rules().patterns()), planned.plan());
    }
    return execute(
        new ExecutorInput(
            planned.plan(), planned.base(), planned.local(), planned.remote(), freshRemote));
  }

  /**
   * Performs {@code plan}, the plan the last {@link #analyze()} returned: the plan shown is the
   * plan applied, each action still re-checked against the remote side as it runs (P7).
   *
   * @throws IllegalStateException when {@code plan} is not the last analysis's plan (an older one,
   *     or one applied already): analyze again
   * @see #apply()
   */
  public SyncReport apply(Plan plan) throws IOException {
    Analysis planned = analysis;
    if (planned == null || !planned.plan().equals(plan)) {
      throw new IllegalStateException(
          "that plan is not the one of the last analyze() (older, or applied already)");
    }
    return apply();
  }

  /**
   * Asks the analyze or apply under way (or the next one) to stop: no new action starts, actions in
   * flight finish or are abandoned within a few seconds, finished ones are recorded, and the call
   * throws {@link SyncCancelledException}. Thread-safe; calling it again changes nothing.
   */
  public void cancel() {
    stop.stop("cancelled");
    synchronized (stop) {
      Thread thread = analyzing;
      if (thread != null) {
        thread.interrupt();
      }
    }
  }

  /** Whether {@link #cancel()} was called. */
  public boolean isCancelled() {
    return stop.stopped();
  }

  /**
   * Re-hashes every local file (no fast check), lists OSF and compares both with the index, under
   * the ignore rules in effect now. Changes nothing: neither side nor the project file.
   *
   * @throws IncompleteListingException when the project could not be listed completely
   * @throws ProjectLockedException when another run holds the project
   */
  public VerifyReport verify() throws IOException {
    takeLock();
    return interruptible(
        () -> {
          SyncScope scope = new SyncScope(local.ignoreRules(store.ownFiles()), state);
          phase(Phase.SCANNING);
          Snapshot localNow =
              local.rootExists() ? local.scan(Snapshot.empty(), scope.rules()) : Snapshot.empty();
          phase(Phase.LISTING);
          Snapshot remoteNow = scope.remote(remote.list(config().projectId()));
          return Verifier.compare(localNow, remoteNow, scope.base());
        });
  }

  /** The project's files on OSF now, with sizes, hashes and versions (ignore rules not applied). */
  public Snapshot listRemote() throws IOException {
    return interruptible(() -> remote.list(config().projectId()));
  }

  /**
   * The versions OSF keeps of the file at {@code path}, newest first.
   *
   * @throws java.io.FileNotFoundException when OSF has no file there
   */
  public List<FileVersion> versions(RelPath path) throws IOException {
    Entry file = remoteFile(path);
    return interruptible(() -> remote.versions(config().projectId(), file));
  }

  /**
   * Writes version {@code number} of the file at {@code path} to {@code out}, verified against that
   * version's hashes; returns the version.
   *
   * @throws java.io.FileNotFoundException when OSF has no such file or version
   */
  public FileVersion downloadVersion(RelPath path, int number, java.io.OutputStream out)
      throws IOException {
    Entry file = remoteFile(path);
    FileVersion wanted = null;
    for (FileVersion v : interruptible(() -> remote.versions(config().projectId(), file))) {
      if (v.number() == number) {
        wanted = v;
      }
    }
    if (wanted == null) {
      throw new java.io.FileNotFoundException("OSF has no version " + number + " of " + path);
    }
    FileVersion found = wanted;
    interruptible(
        () -> {
          remote.downloadVersion(config().projectId(), file, found, out, TransferListener.NONE);
          return found;
        });
    return found;
  }

  private Entry remoteFile(RelPath path) throws IOException {
    Entry file = interruptible(() -> remote.list(config().projectId())).find(path);
    if (file == null || !file.isFile()) {
      throw new java.io.FileNotFoundException("no file " + path + " on OSF in this project");
    }
    return file;
  }

  /**
   * Stores the configuration and index in the project file, when they changed since the project
   * wrote it last ({@link #apply} writes it as actions finish, so after a sync this usually writes
   * nothing).
   */
  public void save() throws IOException {
    if (unsaved) {
      phase(Phase.SAVING);
      write(state);
    }
  }

  /** The one place the project writes its file (the executor's journal writes the index). */
  private void write(ProjectState newState) throws IOException {
    store.save(newState);
    unsaved = false;
  }

  /** Releases the project's lock. */
  @Override
  public void close() throws IOException {
    ProjectStore.Lock held = lock;
    lock = null;
    if (held != null) {
      held.close();
    }
  }

  private SyncReport execute(ExecutorInput input) throws IOException {
    phase(Phase.APPLYING);
    IndexJournal journal = new IndexJournal(store, state, clock);
    Executor executor = new Executor(remote, local, config().projectId(), options, listener);
    Instant start = clock.instant();
    Backups backups = Backups.of(local, options.backups(), store.backupFolder(), start);
    SyncReport report;
    try {
      report = executor.execute(input, journal, stop, backups);
    } catch (IOException | RuntimeException e) {
      state = journal.state();
      try {
        write(state);
      } catch (IOException saveFailure) {
        e.addSuppressed(saveFailure);
      }
      throw e;
    }
    phase(Phase.SAVING);
    state = journal.state(); // kept when the last save fails
    state = journal.finish();
    unsaved &= !journal.wrote();
    pruneBackups(start);
    return report;
  }

  /**
   * Where this project keeps the old bytes of local files before a run overwrites or deletes them
   * (each run in a subfolder named by its UTC start time); empty when its store has no such place.
   * Whether a run keeps backups is {@link SyncOptions#backups()}.
   */
  public Optional<String> backupFolder() {
    return store.backupFolder();
  }

  /**
   * Deletes backups older than the policy's days. Best effort: a backup that cannot be deleted
   * loses nothing and is tried again by the next run.
   */
  private void pruneBackups(Instant now) {
    Optional<String> folder = store.backupFolder();
    if (folder.isPresent()) {
      try {
        Backups.prune(local, options.backups(), folder.get(), now);
      } catch (IOException e) {
        // Kept a while longer; the next run prunes again.
      }
    }
  }

  /**
   * Takes the index without the paths the rules now ignore, with the rules. A plan without actions
   * saves it at once (it acts on neither side); otherwise the first recorded action saves it.
   */
  private void record(ProjectState scoped, Plan plan) throws IOException {
    if (!scoped.equals(state) || configChanged) {
      state = scoped;
      configChanged = false;
      unsaved = true;
      if (plan.actions().isEmpty()) {
        write(state);
      }
    }
  }

  /** Remembers where the project's files live (its storage region), for the next save. */
  private void noteFilesUrl(String url) {
    if (!url.equals(config().projectFilesUrl())) {
      state = state.withConfig(config().withProjectFilesUrl(url));
      configChanged = true;
      unsaved = true;
    }
  }

  /** Remembers the folders of components seen for the first time, for the next save. */
  private void noteComponentFolders(Map<String, RelPath> folders) {
    if (!folders.equals(config().componentFolders())) {
      state = state.withConfig(config().withComponentFolders(folders));
      configChanged = true;
      unsaved = true;
    }
  }

  /**
   * The project's components as sub-folders, as the last listing found them (looked up on OSF when
   * there was none yet), parents before their components; empty when the project file does not
   * include components. Those OSF no longer shows are included, {@linkplain
   * ComponentFolder#visible() not visible}.
   */
  public List<ComponentFolder> components() throws IOException {
    ComponentsRemote withComponents = components;
    if (withComponents == null) {
      return List.of();
    }
    return withComponents.discovered()
        ? withComponents.components()
        : interruptible(withComponents::discover);
  }

  /**
   * The plan without the uploads that would take their node over its quota: each component's
   * storage has its own (OSF limits every project and component apart), so the uploads into each
   * are checked against that node's usage. The check reported is the project's, or the first node's
   * that left uploads out.
   */
  private Plan checkQuota(Plan plan, List<ComponentFolder> layout) throws IOException {
    storageCheck = null;
    Plan checked = gate(plan, null, layout);
    for (ComponentFolder component : layout) {
      if (component.visible()) {
        checked = gate(checked, component, layout);
      }
    }
    return checked;
  }

  /** {@code plan} with the uploads into {@code node}'s storage (null: the project's) checked. */
  private Plan gate(Plan plan, @Nullable ComponentFolder node, List<ComponentFolder> layout)
      throws IOException {
    Predicate<RelPath> inNode = path -> Objects.equals(nodeOf(path, layout), node);
    if (plan.actions().stream()
        .noneMatch(a -> a instanceof Action.Upload u && inNode.test(u.path()))) {
      return plan;
    }
    Optional<StorageUsage> usage = node == null ? storageUsage() : storageUsage(node.id());
    if (usage.isEmpty()) {
      return plan;
    }
    String reason =
        node == null
            ? QuotaGate.REASON
            : "not uploaded: it would take component '"
                + node.title()
                + "' over its OSF storage quota";
    QuotaGate.Result result =
        QuotaGate.check(plan, usage.get(), inNode, reason, node == null ? null : node.title());
    StorageCheck reported = storageCheck;
    if (reported == null || (reported.skipped().isEmpty() && !result.check().skipped().isEmpty())) {
      storageCheck = result.check();
    }
    return result.plan();
  }

  /**
   * The component whose storage holds {@code path} (the deepest enclosing one), null: the
   * project's.
   */
  private static @Nullable ComponentFolder nodeOf(RelPath path, List<ComponentFolder> layout) {
    ComponentFolder found = null;
    for (ComponentFolder component : layout) {
      if (component.folder().isAncestorOf(path)
          && (found == null || component.folder().depth() > found.folder().depth())) {
        found = component;
      }
    }
    return found;
  }

  /** The storage use of one node (the project or a component), empty when OSF cannot say. */
  private Optional<StorageUsage> storageUsage(String nodeId) throws IOException {
    try {
      return remote.storage(nodeId);
    } catch (InterruptedIOException e) {
      throw e;
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private void setAnalyzing(@Nullable Thread thread) {
    synchronized (stop) {
      analyzing = thread;
      if (thread == null && stop.stopped()) {
        Thread.interrupted();
      }
    }
  }

  /** A new OSF listing, without what the run's rules ignore. */
  private Snapshot fresh(Analysis planned) throws IOException {
    SyncScope scope = requireNonNull(planned.scope(), "scope");
    return scope.remote(remote.list(config().projectId()));
  }

  private void checkNotCancelled() throws SyncCancelledException {
    if (stop.stopped()) {
      throw new SyncCancelledException(
          "sync cancelled before any change", new SyncReport(List.of(), List.of(), List.of()));
    }
  }

  private void takeLock() throws IOException {
    if (lock == null) {
      lock = store.lock();
    }
  }

  private void phase(Phase phase) {
    listener.onEvent(new SyncEvent.PhaseStarted(phase));
  }

  private String missingRoot() {
    return "the local folder "
        + config().localRoot()
        + " does not exist (an unmounted disk?); create or mount it, or fix the project file";
  }

  /** A plan with the snapshots it was made from and its ignore rules (null: no local folder). */
  private record Analysis(
      Plan plan, Snapshot base, Snapshot local, Snapshot remote, @Nullable SyncScope scope) {}
}
