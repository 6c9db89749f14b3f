package org.rungs.app.frameworks;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rungs.framework.FrameworkDocument;
import org.rungs.framework.FrameworkParser;
import org.rungs.framework.FrameworkSet;
import org.rungs.framework.Frameworks;
import org.rungs.framework.Location;
import org.rungs.framework.Problem;
import org.rungs.framework.ProblemCode;
import org.rungs.framework.Severity;

/**
 * What the live site shows of each framework file: its newest version when that is good, else the
 * last good one under its old path, with the problems of the newest version reported on that file.
 *
 * <pre>{@code
 * LastGoodVersions versions = new LastGoodVersions();
 * FrameworkSet set = versions.show(List.of("a.md"), List.of(FrameworkParser.parse(text, "a.md")));
 * }</pre>
 *
 * <p>The contract, found by fuzzing a running server with corrupting edits:
 *
 * <ol>
 *   <li>A file that has never been shown is shown as soon as it has a document, whatever its
 *       problems (as {@code rungs validate} would list them).
 *   <li>A new version of a shown file replaces it only if it has a document and no kind of problem
 *       that the shown version did not have: no new error, and no new sign of a half-written file
 *       (front matter without its closing line, bytes that are not UTF-8), since an editor saving
 *       in several steps, or a copy in progress, is read as such. Otherwise the shown version
 *       stays, and the new version's problems are reported, as errors, on the file.
 *   <li>A path belongs to the file already showing it. A file whose new version claims a path
 *       another file holds keeps its last good version under its old path (or, having none, is not
 *       shown), and the duplicate is reported on it, never on the file that holds the path. Between
 *       files that both newly claim a path, the one whose name sorts first wins.
 *   <li>A deleted file is forgotten: its pages go, and that is not a problem.
 * </ol>
 *
 * <p>Not thread-safe: {@link FrameworkLibrary} calls it under its lock.
 */
final class LastGoodVersions {

  /** Warnings that, new in a file, say it was read half-written rather than edited. */
  private static final Set<ProblemCode> HALF_WRITTEN =
      EnumSet.of(ProblemCode.UNCLOSED_FRONT_MATTER, ProblemCode.NOT_UTF8);

  private static final String KEPT =
      "; until this is fixed the site shows this file's last good version";

  /** The version shown of each file, by file name. */
  private Map<String, FrameworkParser.Parsed> shown = Map.of();

  /**
   * The set to show now.
   *
   * @param files every framework file of the folder, as named in problems
   * @param reads each file's newest version, in the order of {@code files}
   */
  FrameworkSet show(List<String> files, List<FrameworkParser.Parsed> reads) {
    Map<String, Candidate> candidates = new LinkedHashMap<>();
    for (int i = 0; i < files.size(); i++) {
      candidates.put(files.get(i), candidate(files.get(i), reads.get(i)));
    }
    settleDuplicatePaths(candidates);
    Map<String, FrameworkParser.Parsed> nowShown = new HashMap<>();
    List<FrameworkParser.Parsed> parsed = new ArrayList<>();
    for (Map.Entry<String, Candidate> entry : candidates.entrySet()) {
      Candidate candidate = entry.getValue();
      candidate.shown.ifPresent(version -> nowShown.put(entry.getKey(), version));
      parsed.add(
          new FrameworkParser.Parsed(
              candidate.shown.flatMap(FrameworkParser.Parsed::document), candidate.problems));
    }
    shown = nowShown;
    return Frameworks.resolve(files, parsed, List.of());
  }

  /** What one file would show, before paths are shared out, and the problems to report on it. */
  private static final class Candidate {
    final FrameworkParser.Parsed fresh;
    final Optional<FrameworkParser.Parsed> lastGood;
    Optional<FrameworkParser.Parsed> shown;
    final List<Problem> problems;

    Candidate(
        FrameworkParser.Parsed fresh,
        Optional<FrameworkParser.Parsed> lastGood,
        Optional<FrameworkParser.Parsed> shown,
        List<Problem> problems) {
      this.fresh = fresh;
      this.lastGood = lastGood;
      this.shown = shown;
      this.problems = problems;
    }

    Optional<String> path() {
      return shown.flatMap(FrameworkParser.Parsed::document).map(FrameworkDocument::path);
    }

    Optional<String> lastGoodPath() {
      return lastGood.flatMap(FrameworkParser.Parsed::document).map(FrameworkDocument::path);
    }
  }

  private Candidate candidate(String file, FrameworkParser.Parsed fresh) {
    Optional<FrameworkParser.Parsed> lastGood = Optional.ofNullable(shown.get(file));
    if (lastGood.isEmpty()) {
      return new Candidate(
          fresh,
          lastGood,
          fresh.document().isPresent() ? Optional.of(fresh) : Optional.empty(),
          new ArrayList<>(fresh.problems()));
    }
    Set<ProblemCode> allowed = breaking(lastGood.get());
    Set<ProblemCode> newlyBroken = breaking(fresh);
    newlyBroken.removeAll(allowed);
    if (fresh.document().isPresent() && newlyBroken.isEmpty()) {
      return new Candidate(fresh, lastGood, Optional.of(fresh), new ArrayList<>(fresh.problems()));
    }
    List<Problem> problems = new ArrayList<>();
    for (Problem problem : fresh.problems()) {
      boolean why = newlyBroken.contains(problem.code()) || fresh.document().isEmpty();
      problems.add(why && isBreaking(problem) ? kept(problem) : problem);
    }
    return new Candidate(fresh, lastGood, lastGood, problems);
  }

  private static Set<ProblemCode> breaking(FrameworkParser.Parsed version) {
    Set<ProblemCode> codes = EnumSet.noneOf(ProblemCode.class);
    version.problems().stream()
        .filter(LastGoodVersions::isBreaking)
        .forEach(problem -> codes.add(problem.code()));
    return codes;
  }

  private static boolean isBreaking(Problem problem) {
    return problem.isError() || HALF_WRITTEN.contains(problem.code());
  }

  private static Problem kept(Problem problem) {
    return new Problem(
        problem.file(),
        problem.line(),
        problem.column(),
        Severity.ERROR,
        problem.code(),
        problem.message() + KEPT);
  }

  /**
   * Gives each path to one file (rule 3). A file that loses falls back to its last good version,
   * which holds its own path, so each file moves at most once and this ends.
   */
  private void settleDuplicatePaths(Map<String, Candidate> candidates) {
    boolean moved = true;
    while (moved) {
      moved = false;
      Map<String, List<String>> claims = new LinkedHashMap<>();
      candidates.forEach(
          (file, candidate) ->
              candidate
                  .path()
                  .ifPresent(
                      path -> claims.computeIfAbsent(path, p -> new ArrayList<>()).add(file)));
      for (Map.Entry<String, List<String>> claim : claims.entrySet()) {
        List<String> claimants = claim.getValue();
        if (claimants.size() < 2) {
          continue;
        }
        String path = claim.getKey();
        String holder =
            claimants.stream()
                .filter(file -> candidates.get(file).lastGoodPath().equals(Optional.of(path)))
                .findFirst()
                .orElse(claimants.stream().sorted().findFirst().orElseThrow());
        for (String file : claimants) {
          if (!file.equals(holder)) {
            giveWay(candidates.get(file), path, holder);
            moved = true;
          }
        }
      }
    }
  }

  private static void giveWay(Candidate candidate, String path, String holder) {
    FrameworkDocument claimed = candidate.shown.orElseThrow().document().orElseThrow();
    Location at = claimed.pathLocation();
    boolean fallsBack =
        candidate.lastGood.isPresent() && !candidate.lastGoodPath().equals(Optional.of(path));
    candidate.shown = fallsBack ? candidate.lastGood : Optional.empty();
    String outcome =
        fallsBack
            ? "; this file keeps its last good version at \""
                + candidate.lastGoodPath().orElseThrow()
                + "\" until its path is changed"
            : "; that file is shown and this one is ignored";
    candidate.problems.add(
        Problem.of(
            claimed.source(),
            at.line(),
            at.column(),
            ProblemCode.DUPLICATE_PATH,
            "path \"" + path + "\" is also used by " + holder + outcome));
  }
}
