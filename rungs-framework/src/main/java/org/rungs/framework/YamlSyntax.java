package org.rungs.framework;

import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * What a YAML syntax error means for someone editing a framework, in plain words and at the line to
 * change, rather than in the YAML engine's terms ("while scanning a simple key: could not find
 * expected ':'") at the line where the engine gave up, which is often the line after the mistake.
 *
 * <p>Stateless; an error it does not recognise keeps the engine's own words.
 */
final class YamlSyntax {
  private YamlSyntax() {}

  /** The message and the mark to report it at; empty when the engine's own words must do. */
  record Explained(String message, Mark at) {}

  /**
   * Explains {@code invalid}, an error in {@code yaml}, or is empty.
   *
   * @param yaml the front matter that failed, to see the line before the one the engine blames
   */
  static Optional<Explained> explain(MarkedYamlEngineException invalid, String yaml) {
    String problem = invalid.getProblem() == null ? "" : invalid.getProblem();
    String context = invalid.getContext() == null ? "" : invalid.getContext();
    Optional<Mark> where = invalid.getProblemMark();
    Optional<Mark> started = invalid.getContextMark();
    if (problem.contains("could not find expected ':'") && started.isPresent()) {
      return explained(
          "this line has no ':' after a field name: write 'name: value', or indent it further"
              + " to continue the text of the line above",
          started);
    }
    if (problem.contains("mapping values are not allowed here")) {
      return explained(
          "a ': ' in the middle of a value: put the whole value in quotes (\"...\") when its"
              + " text contains a colon followed by a space",
          where);
    }
    if (problem.contains("found character '\\t'") || problem.contains("found character '\t'")) {
      return explained("a tab used to indent: YAML indents with spaces only", where);
    }
    if ((context.contains("quoted scalar") || problem.contains("quoted scalar"))
        && problem.contains("end of stream")) {
      return explained("a quote that is never closed: end the text with the same quote", started);
    }
    if (problem.contains("expected ',' or ']'")) {
      return explained("a list in [brackets] that is never closed with ']'", started);
    }
    if (problem.contains("expected ',' or '}'")) {
      return explained("a set of fields in {braces} that is never closed with '}'", started);
    }
    if (problem.contains("but found '<scalar>'") && where.isPresent()) {
      // A quote left open runs on to the next line's first quote, and the engine then blames the
      // text after it: the mistake is the open quote on the line before.
      String[] lines = yaml.split("\n", -1);
      int line = where.get().getLine();
      if (line > 0 && line < lines.length && oddQuotes(lines[line - 1])) {
        return Optional.of(
            new Explained(
                "a quote that is never closed on this line: end the text with the same quote",
                new Mark("", 0, line - 1, lines[line - 1].indexOf('"'), new int[0], 0)));
      }
    }
    if (problem.contains("but found '<scalar>'")) {
      return explained(
          "more text after a value that has ended (often after its closing quote): quote the"
              + " whole value, using single quotes around text that contains double quotes",
          where);
    }
    if (context.contains("block mapping") || problem.contains("expected <block end>")) {
      return explained(
          "this line is not lined up with the lines around it: indent it exactly like the field"
              + " or list item it belongs with",
          where);
    }
    return Optional.empty();
  }

  private static boolean oddQuotes(String line) {
    return line.chars().filter(c -> c == '"').count() % 2 == 1;
  }

  private static Optional<Explained> explained(String message, Optional<Mark> at) {
    return at.map(mark -> new Explained(message, mark));
  }
}
