package io.github.osf4j.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.osf4j.core.Entry;
import io.github.osf4j.core.FileVersion;
import io.github.osf4j.core.IncompleteListingException;
import io.github.osf4j.core.NameTakenException;
import io.github.osf4j.core.NewProject;
import io.github.osf4j.core.ProjectInfo;
import io.github.osf4j.core.ProjectNotFoundException;
import io.github.osf4j.core.RelPath;
import io.github.osf4j.core.RemoteStorage;
import io.github.osf4j.core.Snapshot;
import io.github.osf4j.core.StorageUsage;
import io.github.osf4j.core.TransferListener;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RemoteStorage} must do, run against the HTTP adapter on the emulator and
 * against the in-memory fake, so that the fake cannot drift from the real thing.
 */
abstract class RemoteStorageContract {
  private static final String HELLO_SHA256 =
      "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824";

  /** The storage under test, logged in as the owner of {@link #projectId()}. */
  abstract RemoteStorage storage();

  /** A project the user may write to. */
  abstract String projectId();

  /** Puts a file (parents created) behind the storage's back. */
  abstract void seedFile(String path, byte[] content);

  /** Creates a folder (parents created) behind the storage's back. */
  abstract void seedFolder(String path);

  /** Creates a component of {@link #projectId()} behind the storage's back; returns its id. */
  abstract String seedComponent(String title);

  /** Tags {@link #projectId()} behind the storage's back. */
  abstract void seedTag(String tag);

  @Test
  void storageCountsEveryVersionAgainstTheDefaultPrivateQuota() throws Exception {
    seedFile("a.txt", "hello".getBytes(UTF_8));
    Entry file = storage().list(projectId()).get(RelPath.of("a.txt")).orElseThrow();
    storage().update(projectId(), file, Bytes.of("hello, world"), TransferListener.NONE);

    StorageUsage usage = storage().storage(projectId()).orElseThrow();

    assertThat(usage).isEqualTo(new StorageUsage(17, StorageUsage.OSF_PRIVATE_LIMIT, false));
  }

  @Test
  void listShowsTheSeededTree() throws Exception {
    seedFile("a/b/c.txt", "hello".getBytes(UTF_8));
    seedFolder("empty");

    Snapshot snapshot = storage().list(projectId());

    assertThat(snapshot.entries().keySet())
        .containsExactly(
            RelPath.of("a"), RelPath.of("a/b"), RelPath.of("a/b/c.txt"), RelPath.of("empty"));
    Entry file = snapshot.get(RelPath.of("a/b/c.txt")).orElseThrow();
    assertThat(file.size()).isEqualTo(5);
    assertThat(file.sha256()).isEqualTo(HELLO_SHA256);
    assertThat(file.remote()).isNotNull();
    assertThat(snapshot.get(RelPath.of("a")).orElseThrow().isFolder()).isTrue();
  }

  @Test
  void folderFindsANestedFolderButNoFileAndNothingMissing() throws Exception {
    seedFile("data/raw/a.txt", "hello".getBytes(UTF_8));
    seedFile("data/x.txt", "hello".getBytes(UTF_8));

    Entry raw = storage().folder(projectId(), RelPath.of("data/raw")).orElseThrow();

    assertThat(raw.path()).isEqualTo(RelPath.of("data/raw"));
    assertThat(raw.isFolder()).isTrue();
    assertThat(raw.remote())
        .isEqualTo(storage().list(projectId()).get(raw.path()).orElseThrow().remote());
    assertThat(storage().folder(projectId(), RelPath.of("data/x.txt"))).isEmpty();
    assertThat(storage().folder(projectId(), RelPath.of("data/none"))).isEmpty();
    assertThat(storage().folder(projectId(), RelPath.of("none/raw"))).isEmpty();
  }

  @Test
  void listingFromAFolderHoldsItsSubtreeOnlyAndWritesGoIntoIt() throws Exception {
    seedFile("data/raw/a.txt", "hello".getBytes(UTF_8));
    seedFile("data/x.txt", "hello".getBytes(UTF_8));
    seedFile("top.txt", "hello".getBytes(UTF_8));
    Entry data = storage().folder(projectId(), RelPath.of("data")).orElseThrow();

    Entry uploaded =
        storage().upload(projectId(), data, "new.txt", Bytes.of("hello"), TransferListener.NONE);
    Snapshot inside = storage().list(projectId(), data);

    assertThat(uploaded.path()).isEqualTo(RelPath.of("data/new.txt"));
    assertThat(inside.entries().keySet())
        .containsExactly(
            RelPath.of("data/new.txt"),
            RelPath.of("data/raw"),
            RelPath.of("data/raw/a.txt"),
            RelPath.of("data/x.txt"));
  }

  @Test
  void listingFromAFolderThatIsGoneFailsRatherThanLookEmpty() throws Exception {
    seedFile("data/raw/a.txt", "hello".getBytes(UTF_8));
    Entry raw = storage().folder(projectId(), RelPath.of("data/raw")).orElseThrow();
    storage().delete(projectId(), raw);

    assertThatThrownBy(() -> storage().list(projectId(), raw))
        .isInstanceOf(IncompleteListingException.class);
  }

  @Test
  void uploadedFileIsListedWithItsHashes() throws Exception {
    Entry uploaded =
        storage().upload(projectId(), null, "new.txt", Bytes.of("hello"), TransferListener.NONE);

    Entry listed = storage().list(projectId()).get(RelPath.of("new.txt")).orElseThrow();
    assertThat(uploaded.sha256()).isEqualTo(HELLO_SHA256);
    assertThat(listed.sameContentAs(uploaded)).isTrue();
    assertThat(listed.remote()).isEqualTo(uploaded.remote());
  }

  @Test
  void downloadWritesTheBytes() throws Exception {
    seedFile("d.txt", "hello".getBytes(UTF_8));
    Entry file = storage().list(projectId()).get(RelPath.of("d.txt")).orElseThrow();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    storage().download(projectId(), file, out, TransferListener.NONE);

    assertThat(out.toString(UTF_8)).isEqualTo("hello");
  }

  @Test
  void updateStoresNewContentUnderTheSameId() throws Exception {
    seedFile("u.txt", "old".getBytes(UTF_8));
    Entry file = storage().list(projectId()).get(RelPath.of("u.txt")).orElseThrow();

    Entry updated = storage().update(projectId(), file, Bytes.of("hello"), TransferListener.NONE);

    assertThat(updated.sha256()).isEqualTo(HELLO_SHA256);
    assertThat(id(updated)).isEqualTo(id(file));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    storage().download(projectId(), updated, out, TransferListener.NONE);
    assertThat(out.toString(UTF_8)).isEqualTo("hello");
  }

  @Test
  void uploadOntoAnExistingNameIsNameTaken() throws Exception {
    seedFile("x.txt", "first".getBytes(UTF_8));

    assertThatThrownBy(
            () ->
                storage()
                    .upload(projectId(), null, "x.txt", Bytes.of("second"), TransferListener.NONE))
        .isInstanceOfSatisfying(
            NameTakenException.class,
            e ->
                assertThat(Objects.requireNonNull(e.existing()).path())
                    .isEqualTo(RelPath.of("x.txt")));
  }

  @Test
  void mkdirThenUploadInside() throws Exception {
    Entry folder = storage().mkdir(projectId(), null, "dir");
    Entry file =
        storage().upload(projectId(), folder, "in.txt", Bytes.of("hello"), TransferListener.NONE);

    assertThat(folder.isFolder()).isTrue();
    assertThat(file.path()).isEqualTo(RelPath.of("dir/in.txt"));
    assertThat(storage().list(projectId()).contains(RelPath.of("dir/in.txt"))).isTrue();
  }

  @Test
  void mkdirOfAnExistingFolderIsNameTaken() throws Exception {
    seedFolder("dir");

    assertThatThrownBy(() -> storage().mkdir(projectId(), null, "dir"))
        .isInstanceOf(NameTakenException.class);
  }

  @Test
  void deletingAFolderRemovesItsSubtree() throws Exception {
    seedFile("gone/a/b.txt", "x".getBytes(UTF_8));
    seedFile("kept.txt", "y".getBytes(UTF_8));
    Entry folder = storage().list(projectId()).get(RelPath.of("gone")).orElseThrow();

    storage().delete(projectId(), folder);

    assertThat(storage().list(projectId()).entries().keySet())
        .containsExactly(RelPath.of("kept.txt"));
  }

  @Test
  void moveKeepsTheId() throws Exception {
    seedFile("m.txt", "hello".getBytes(UTF_8));
    seedFolder("to");
    Snapshot before = storage().list(projectId());
    Entry file = before.get(RelPath.of("m.txt")).orElseThrow();

    Entry moved =
        storage().move(projectId(), file, before.get(RelPath.of("to")).orElseThrow(), "n.txt");

    Snapshot after = storage().list(projectId());
    assertThat(moved.path()).isEqualTo(RelPath.of("to/n.txt"));
    assertThat(id(after.get(RelPath.of("to/n.txt")).orElseThrow())).isEqualTo(id(file));
    assertThat(after.contains(RelPath.of("m.txt"))).isFalse();
  }

  @Test
  void moveOntoATakenNameIsNameTaken() throws Exception {
    seedFile("a.txt", "a".getBytes(UTF_8));
    seedFile("b.txt", "b".getBytes(UTF_8));
    Entry a = storage().list(projectId()).get(RelPath.of("a.txt")).orElseThrow();

    assertThatThrownBy(() -> storage().move(projectId(), a, null, "b.txt"))
        .isInstanceOf(NameTakenException.class);
  }

  @Test
  void unknownProjectIsNotFound() {
    assertThatThrownBy(() -> storage().list("nosuchproject"))
        .isInstanceOf(ProjectNotFoundException.class);
  }

  @Test
  void whoAmIAnswersTheLoggedInUser() throws Exception {
    assertThat(storage().whoAmI().id()).isNotBlank();
  }

  @Test
  void aCreatedProjectHasItsSettingsAndIsFoundByItsTag() throws Exception {
    ProjectInfo created =
        storage()
            .createProject(
                new NewProject("Stroop & Flanker", "two tasks", true, List.of("psychopy")));

    assertThat(created.title()).isEqualTo("Stroop & Flanker");
    assertThat(created.isPublic()).isTrue();
    assertThat(created.parentId()).isNull();
    assertThat(storage().project(created.id())).isEqualTo(created);
    assertThat(storage().findProjectsByTag("psychopy"))
        .extracting(ProjectInfo::id)
        .containsExactly(created.id());
    assertThat(storage().projectsOf("me")).extracting(ProjectInfo::id).contains(created.id());
  }

  @Test
  void findProjectsByTagKeepsOnlyTaggedProjects() throws Exception {
    seedTag("eeg-study");
    storage().createProject(NewProject.titled("Untagged"));

    assertThat(storage().findProjectsByTag("eeg-study"))
        .extracting(ProjectInfo::id)
        .containsExactly(projectId());
    assertThat(storage().findProjectsByTag("psychopy")).isEmpty();
  }

  @Test
  void componentsListsTheDirectChildrenWithTheirParent() throws Exception {
    String child = seedComponent("Pilot");

    List<ProjectInfo> components = storage().components(projectId());

    assertThat(components).extracting(ProjectInfo::id).containsExactly(child);
    assertThat(components.get(0).title()).isEqualTo("Pilot");
    assertThat(components.get(0).parentId()).isEqualTo(projectId());
    assertThat(storage().components(child)).isEmpty();
  }

  @Test
  void versionsListEveryUploadNewestFirstAndAnOldOneDownloadsVerified() throws Exception {
    seedFile("v.txt", "one".getBytes(UTF_8));
    Entry first = storage().list(projectId()).get(RelPath.of("v.txt")).orElseThrow();
    Entry second = storage().update(projectId(), first, Bytes.of("second"), TransferListener.NONE);

    List<FileVersion> versions = storage().versions(projectId(), second);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    storage().downloadVersion(projectId(), second, versions.get(1), out, TransferListener.NONE);

    assertThat(versions).extracting(FileVersion::number).containsExactly(2, 1);
    assertThat(versions.get(1).size()).isEqualTo(3);
    assertThat(versions.get(1).sha256()).isEqualTo(sha256("one"));
    assertThat(versions.get(0).sha256()).isEqualTo(sha256("second"));
    assertThat(out.toString(UTF_8)).isEqualTo("one");
  }

  @Test
  void aVersionWhoseBytesDoNotMatchTheGivenHashIsRefused() throws Exception {
    seedFile("w.txt", "one".getBytes(UTF_8));
    Entry file = storage().list(projectId()).get(RelPath.of("w.txt")).orElseThrow();
    FileVersion wrong = new FileVersion(1, 3, null, sha256("two"), null);

    assertThatThrownBy(
            () ->
                storage()
                    .downloadVersion(
                        projectId(),
                        file,
                        wrong,
                        new ByteArrayOutputStream(),
                        TransferListener.NONE))
        .isInstanceOf(java.io.IOException.class);
  }

  private static String sha256(String text) throws Exception {
    return java.util.HexFormat.of()
        .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(UTF_8)));
  }

  private static String id(Entry entry) {
    return Objects.requireNonNull(entry.remote()).id();
  }
}
