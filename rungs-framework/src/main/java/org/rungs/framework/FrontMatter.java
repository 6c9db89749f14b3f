package org.rungs.framework;

/**
 * The YAML between a file's opening and closing {@code ---} lines, and the Markdown body after it.
 *
 * @param yaml the YAML text, without the {@code ---} lines
 * @param firstLine the file line (from 1) that the YAML's first line is on
 * @param body everything after the closing line
 * @param closed whether the closing {@code ---} line was there
 */
record FrontMatter(String yaml, int firstLine, String body, boolean closed) {

  /** A file's text split at its front matter, or the problem that stops it. */
  sealed interface Split {}

  record Found(FrontMatter frontMatter) implements Split {}

  record Missing(ProblemCode code, Location location, String message) implements Split {}

  static Split split(String text) {
    int firstEnd = text.indexOf('\n');
    String firstLine = firstEnd < 0 ? text : text.substring(0, firstEnd);
    if (!isFence(firstLine)) {
      return new Missing(
          ProblemCode.MISSING_FRONT_MATTER,
          Location.START,
          "no front matter: a framework file starts with a line '---', its fields, then '---'");
    }
    if (firstEnd < 0) {
      return new Found(new FrontMatter("", 2, "", false));
    }
    int lineStart = firstEnd + 1;
    while (lineStart <= text.length()) {
      int end = text.indexOf('\n', lineStart);
      String current = end < 0 ? text.substring(lineStart) : text.substring(lineStart, end);
      if (isFence(current)) {
        String yaml = text.substring(firstEnd + 1, lineStart);
        String body = end < 0 ? "" : text.substring(end + 1);
        return new Found(new FrontMatter(yaml, 2, body, true));
      }
      if (end < 0) {
        break;
      }
      lineStart = end + 1;
    }
    // Like gray-matter, which Monzo's site used: without a closing line, the rest of the file is
    // the front matter and there is no body.
    return new Found(new FrontMatter(text.substring(firstEnd + 1), 2, "", false));
  }

  private static boolean isFence(String line) {
    return line.stripTrailing().equals("---");
  }
}
