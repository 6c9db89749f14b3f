package org.rungs.framework;

import java.util.List;
import java.util.Optional;

/**
 * Every framework of a folder, resolved, and every problem found while reading it.
 *
 * @param files every file read, as named in problems
 *     <p>Frameworks are ordered by path. A set whose files have errors still holds every framework
 *     that could be read.
 */
public record FrameworkSet(List<String> files, List<Framework> frameworks, List<Problem> problems) {

  public FrameworkSet {
    files = List.copyOf(files);
    frameworks = List.copyOf(frameworks);
    problems = problems.stream().sorted(Problem.BY_LOCATION).toList();
  }

  public Optional<Framework> find(String path) {
    return frameworks.stream().filter(framework -> framework.path().equals(path)).findFirst();
  }

  public Optional<Framework> generic() {
    return find(FrameworkDocument.GENERIC_PATH);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  /** The problems found in one file. */
  public List<Problem> problemsOf(String source) {
    return problems.stream().filter(problem -> problem.file().equals(source)).toList();
  }
}
