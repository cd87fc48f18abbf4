package dev.tollgate.core.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tollgate.core.testing.TestRepository;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository states a gate must not pass silently: none, empty, damaged. */
class RepositoryStateTest {

  @TempDir Path tmp;

  private static final Map<String, String> LOCAL = Map.of();

  @Test
  void noRepositoryIsItsOwnKindNamingTheDirectory() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("archive"));
    GitException e = catchThrowableOfType(() -> GitRepository.open(dir, LOCAL), GitException.class);
    assertThat(e.kind()).isEqualTo(GitException.Kind.NO_REPOSITORY);
    assertThat(e.directory()).contains(dir);
    assertThat(e.getMessage()).startsWith("no git repository at or above " + dir);
  }

  @Test
  void ceilingDirectoriesStopTheSearchAsInGit() throws IOException {
    TestRepository.init(tmp.resolve("outer"), "chore: outer");
    Path inner = Files.createDirectories(tmp.resolve("outer/sub/project"));
    Map<String, String> env =
        Map.of("GIT_CEILING_DIRECTORIES", tmp.resolve("outer/sub").toString());

    assertThat(GitLayout.discover(inner, env)).isEmpty();
    assertThat(GitLayout.discover(inner, LOCAL)).isPresent();
    GitException e = catchThrowableOfType(() -> GitRepository.open(inner, env), GitException.class);
    assertThat(e.kind()).isEqualTo(GitException.Kind.NO_REPOSITORY);
  }

  @Test
  void withoutARepositoryALocalBuildSkipsWithAWarning() {
    GitException missing = GitException.noRepository(tmp);
    RepositoryRequirement.Decision d = RepositoryRequirement.of(true, LOCAL).whenMissing(missing);
    assertThat(d.fail()).isFalse();
    assertThat(d.message())
        .isEqualTo(
            "no git repository at or above "
                + tmp
                + ": commits/files/branch checks skipped; run the build in a git clone to check"
                + " them");
  }

  @Test
  void withoutARepositoryACiBuildFailsNamingTheSetting() {
    GitException missing = GitException.noRepository(tmp);
    RepositoryRequirement.Decision d =
        RepositoryRequirement.of(true, Map.of("CI", "true")).whenMissing(missing);
    assertThat(d.fail()).isTrue();
    assertThat(d.message())
        .startsWith("no git repository at or above " + tmp + ", and this CI build (CI)")
        .contains("tollgate.requireGit=false");

    RepositoryRequirement.Decision github =
        RepositoryRequirement.of(true, Map.of("GITHUB_ACTIONS", "true")).whenMissing(missing);
    assertThat(github.fail()).isTrue();
    assertThat(github.message()).contains("GitHub Actions");
  }

  @Test
  void withoutARepositoryACiBuildMayOptOut() {
    RepositoryRequirement.Decision d =
        RepositoryRequirement.of(false, Map.of("CI", "true"))
            .whenMissing(GitException.noRepository(tmp));
    assertThat(d.fail()).isFalse();
    assertThat(d.message()).contains("checks skipped").contains("tollgate.requireGit=false");
  }

  @Test
  void aFreshRepositoryOpensAndIsUnborn() {
    TestRepository repo = TestRepository.init(tmp.resolve("fresh"));
    try (GitRepository git = GitRepository.open(repo.dir(), LOCAL)) {
      assertThat(git.isUnborn()).isTrue();
      assertThat(git.head()).isEmpty();
      assertThat(git.branch()).contains("main");
    }
  }

  @Test
  void garbageOrEmptyHeadIsDamagedNotMissing() throws IOException {
    for (String content : List.of("", "garbage\n")) {
      TestRepository repo = TestRepository.init(tmp.resolve("head" + content.length()), "feat: a");
      Files.writeString(repo.dir().resolve(".git/HEAD"), content);

      GitException e =
          catchThrowableOfType(() -> GitRepository.open(repo.dir(), LOCAL), GitException.class);
      assertThat(e.kind()).isEqualTo(GitException.Kind.DAMAGED);
      assertThat(e.getMessage())
          .contains("is damaged")
          .contains(content.isEmpty() ? "HEAD is empty" : "HEAD names neither a branch nor")
          .contains("git fsck")
          .doesNotContain("git fetch");
      // the hooks open a layout they found without JGit: the same verdict
      GitLayout layout = GitLayout.discover(repo.dir(), LOCAL).orElseThrow();
      assertThatThrownBy(() -> GitRepository.open(layout))
          .isInstanceOfSatisfying(
              GitException.class, g -> assertThat(g.kind()).isEqualTo(GitException.Kind.DAMAGED))
          .hasMessageContaining("git fsck");
    }
  }

  @Test
  void aMissingHeadCommitIsDamaged() throws IOException {
    TestRepository repo = TestRepository.init(tmp.resolve("loose"), "feat: a");
    String head = repo.head();
    Files.delete(looseObject(repo, head));

    GitException e =
        catchThrowableOfType(() -> GitRepository.open(repo.dir(), LOCAL), GitException.class);
    assertThat(e.kind()).isEqualTo(GitException.Kind.DAMAGED);
    assertThat(e.getMessage())
        .contains(
            "HEAD (refs/heads/main) names commit " + head.substring(0, 7) + ", which is missing")
        .contains("git fsck");
  }

  @Test
  void aMissingOlderCommitIsDamagedWhenTheWalkReachesIt() throws IOException {
    TestRepository repo = TestRepository.init(tmp.resolve("older"), "feat: a");
    String first = repo.head();
    String second = repo.commit("feat: b");
    Files.delete(looseObject(repo, first));

    try (GitRepository git = GitRepository.open(repo.dir(), LOCAL)) {
      GitException e =
          catchThrowableOfType(() -> git.walk(null, second, 0, c -> {}), GitException.class);
      assertThat(e.kind()).isEqualTo(GitException.Kind.DAMAGED);
      assertThat(e.getMessage())
          .contains("commit " + first.substring(0, 7) + " is missing")
          .contains("git fsck");
    }
  }

  @Test
  void aTruncatedPackIsDamaged() throws IOException {
    TestRepository repo = TestRepository.init(tmp.resolve("pack"), "feat: a");
    repo.commit("feat: b");
    repo.git("gc", "-q");
    Path pack;
    try (Stream<Path> files = Files.list(repo.dir().resolve(".git/objects/pack"))) {
      pack = files.filter(p -> p.toString().endsWith(".pack")).findFirst().orElseThrow();
    }
    try (RandomAccessFile file = new RandomAccessFile(pack.toFile(), "rw")) {
      file.setLength(file.length() / 2);
    }

    GitException e =
        catchThrowableOfType(() -> GitRepository.open(repo.dir(), LOCAL), GitException.class);
    assertThat(e.kind()).isEqualTo(GitException.Kind.DAMAGED);
    assertThat(e.getMessage()).contains("is damaged").contains("git fsck");
  }

  @Test
  void aShallowCloneIsNotCalledDamaged() {
    TestRepository origin = TestRepository.init(tmp.resolve("origin"), "feat: a");
    origin.commit("feat: b");
    TestRepository.git(
        tmp,
        "clone",
        "-q",
        "--depth",
        "1",
        "file://" + origin.dir(),
        tmp.resolve("shallow").toString());
    try (GitRepository git = GitRepository.open(tmp.resolve("shallow"), LOCAL)) {
      assertThat(git.isShallow()).isTrue();
      assertThat(git.head()).isPresent();
    }
  }

  private static Path looseObject(TestRepository repo, String id) {
    Path object = repo.dir().resolve(".git/objects/" + id.substring(0, 2) + "/" + id.substring(2));
    assertThat(object).isRegularFile();
    return object;
  }
}
