package org.rungs.app.frameworks;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rungs.framework.Problem;
import tools.jackson.databind.json.JsonMapper;

/** How {@code rungs validate} prints problems: for people, for programs, or for TeamCity. */
public enum ProblemFormat {
  /** Like a compiler: {@code file:line:column: severity CODE: message}, then a summary. */
  TEXT {
    @Override
    void print(List<Problem> problems, int files, PrintWriter out) {
      problems.forEach(out::println);
      out.println(summary(problems, files));
    }
  },
  /** One JSON object with the problems and the counts. */
  JSON {
    @Override
    void print(List<Problem> problems, int files, PrintWriter out) {
      Map<String, Object> report = new LinkedHashMap<>();
      report.put("files", files);
      report.put("errors", count(problems, true));
      report.put("warnings", count(problems, false));
      report.put("problems", problems.stream().map(ProblemFormat::json).toList());
      out.println(JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(report));
    }
  },
  /**
   * TeamCity service messages, so each problem shows as an inspection of the build that checks a
   * framework repository.
   */
  TEAMCITY {
    @Override
    void print(List<Problem> problems, int files, PrintWriter out) {
      problems.stream()
          .map(Problem::code)
          .distinct()
          .forEach(
              code ->
                  out.println(
                      "##teamcity[inspectionType id='"
                          + escape(code.code())
                          + "' name='"
                          + escape(code.summary())
                          + "' category='Rungs frameworks' description='"
                          + escape(code.code() + ": " + code.summary())
                          + "']"));
      for (Problem problem : problems) {
        out.println(
            "##teamcity[inspection typeId='"
                + escape(problem.code().code())
                + "' message='"
                + escape(problem.message())
                + "' file='"
                + escape(problem.file())
                + "' line='"
                + problem.line()
                + "' SEVERITY='"
                + problem.severity().name()
                + "']");
      }
      out.println(
          "##teamcity[buildStatisticValue key='rungs.problems.errors' value='"
              + count(problems, true)
              + "']");
      out.println(summary(problems, files));
    }
  };

  abstract void print(List<Problem> problems, int files, PrintWriter out);

  static Map<String, Object> json(Problem problem) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("file", problem.file());
    json.put("line", problem.line());
    json.put("column", problem.column());
    json.put("severity", problem.severity().label());
    json.put("code", problem.code().code());
    json.put("message", problem.message());
    return json;
  }

  private static long count(List<Problem> problems, boolean errors) {
    return problems.stream().filter(problem -> problem.isError() == errors).count();
  }

  private static String summary(List<Problem> problems, int files) {
    long errors = count(problems, true);
    long warnings = count(problems, false);
    return "checked "
        + files
        + (files == 1 ? " file: " : " files: ")
        + errors
        + (errors == 1 ? " error, " : " errors, ")
        + warnings
        + (warnings == 1 ? " warning" : " warnings");
  }

  /** TeamCity's escaping for service message values. */
  static String escape(String value) {
    StringBuilder escaped = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '|' -> escaped.append("||");
        case '\'' -> escaped.append("|'");
        case '\n' -> escaped.append("|n");
        case '\r' -> escaped.append("|r");
        case '[' -> escaped.append("|[");
        case ']' -> escaped.append("|]");
        default -> {
          if (c > 0x7F) {
            escaped.append(String.format("|0x%04X", (int) c));
          } else {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }
}
