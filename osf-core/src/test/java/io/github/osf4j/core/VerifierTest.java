package io.github.osf4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osf4j.core.VerifyReport.Mismatch;
import io.github.osf4j.core.VerifyReport.State;
import java.util.List;
import org.junit.jupiter.api.Test;

final class VerifierTest {
  private static final String A = "a".repeat(64);
  private static final String B = "b".repeat(64);

  @Test
  void threeSnapshotsWithTheSameFilesAgree() {
    Snapshot same = Snapshot.of(List.of(file("x.txt", A), Entry.folder(RelPath.of("d"))));

    VerifyReport report = Verifier.compare(same, same, same);

    assertThat(report.allAgree()).isTrue();
    assertThat(report.checked()).isEqualTo(2);
  }

  @Test
  void aLocalByteFlipIsALocalChangeThatNoLongerMatchesOsf() {
    Snapshot index = Snapshot.of(List.of(file("x.txt", A)));
    Snapshot local = Snapshot.of(List.of(file("x.txt", B)));

    VerifyReport report = Verifier.compare(local, index, index);

    assertThat(report.mismatches())
        .containsExactly(
            new Mismatch(RelPath.of("x.txt"), State.CHANGED, State.UNCHANGED, false, null));
  }

  @Test
  void aRemoteByteFlipIsAnOsfChange() {
    Snapshot index = Snapshot.of(List.of(file("x.txt", A)));
    Snapshot remote = Snapshot.of(List.of(file("x.txt", B)));

    VerifyReport report = Verifier.compare(index, remote, index);

    assertThat(report.mismatches())
        .containsExactly(
            new Mismatch(RelPath.of("x.txt"), State.UNCHANGED, State.CHANGED, false, null));
  }

  @Test
  void aFileOnBothSidesButNotInTheIndexIsReportedAsMatchingSides() {
    Snapshot both = Snapshot.of(List.of(file("new.txt", A)));

    VerifyReport report = Verifier.compare(both, both, Snapshot.empty());

    assertThat(report.mismatches())
        .containsExactly(new Mismatch(RelPath.of("new.txt"), State.NEW, State.NEW, true, null));
  }

  @Test
  void aFileGoneFromBothSidesIsMissingOnBoth() {
    Snapshot index = Snapshot.of(List.of(file("gone.txt", A)));

    VerifyReport report = Verifier.compare(Snapshot.empty(), Snapshot.empty(), index);

    assertThat(report.mismatches())
        .containsExactly(
            new Mismatch(RelPath.of("gone.txt"), State.MISSING, State.MISSING, true, null));
  }

  @Test
  void anUnreadableLocalFileIsReportedWithItsReason() {
    Snapshot index = Snapshot.of(List.of(file("x.txt", A)));
    Snapshot local = Snapshot.builder().problem(RelPath.of("x.txt"), "permission denied").build();

    VerifyReport report = Verifier.compare(local, index, index);

    assertThat(report.mismatches())
        .containsExactly(
            new Mismatch(
                RelPath.of("x.txt"),
                State.UNREADABLE,
                State.UNCHANGED,
                false,
                "permission denied"));
  }

  @Test
  void aHashlessOsfFileAgreesWhenItsIdAndVersionAreTheIndexs() {
    RemoteRef ref = new RemoteRef("f1", 2);
    Entry indexed = file("x.txt", A).withRemote(ref);
    Entry listed = Entry.file(RelPath.of("x.txt"), 3, null, null).withRemote(ref);

    VerifyReport report =
        Verifier.compare(
            Snapshot.of(List.of(file("x.txt", A))),
            Snapshot.of(List.of(listed)),
            Snapshot.of(List.of(indexed)));

    assertThat(report.allAgree()).isTrue();
  }

  @Test
  void aFolderOnOneSideOnlyIsADifference() {
    Snapshot index = Snapshot.of(List.of(Entry.folder(RelPath.of("d"))));

    VerifyReport report = Verifier.compare(index, Snapshot.empty(), index);

    assertThat(report.mismatches())
        .containsExactly(
            new Mismatch(RelPath.of("d"), State.UNCHANGED, State.MISSING, false, null));
  }

  private static Entry file(String path, String sha256) {
    return Entry.file(RelPath.of(path), 3, null, sha256);
  }
}
