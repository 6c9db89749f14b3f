package org.rungs.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads one framework file into a {@link FrameworkDocument} plus located {@link Problem}s.
 *
 * <pre>{@code
 * FrameworkParser.Parsed parsed = FrameworkParser.parse(Files.readAllBytes(file), "devops.md");
 * parsed.problems().forEach(System.out::println);
 * }</pre>
 *
 * <p>Bad input never throws: whatever is wrong becomes a problem, and the document is present
 * whenever the file has enough to show (front matter that parses, with a path). Stateless and
 * thread-safe.
 */
public final class FrameworkParser {

  /** The document, if the file has one to show, and every problem found, in file order. */
  public record Parsed(Optional<FrameworkDocument> document, List<Problem> problems) {
    public Parsed {
      problems = problems.stream().sorted(Problem.BY_LOCATION).toList();
    }

    public boolean hasErrors() {
      return problems.stream().anyMatch(Problem::isError);
    }
  }

  private FrameworkParser() {}

  /** Parses a file's bytes: UTF-8, or Windows-1252 with a warning. */
  public static Parsed parse(byte[] bytes, String source) {
    for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
      if (bytes[i] == 0) {
        // Text files never contain NUL; reading an image or archive as text only makes noise.
        return new Parsed(
            Optional.empty(),
            List.of(
                Problem.of(
                    source,
                    1,
                    1,
                    ProblemCode.BINARY_FILE,
                    "this is not a text file (it contains NUL bytes)")));
      }
    }
    return parse(SourceText.decode(bytes, source), source);
  }

  public static Parsed parse(String text, String source) {
    return parse(SourceText.of(text, source), source);
  }

  private static Parsed parse(SourceText text, String source) {
    List<Problem> problems = new ArrayList<>(text.problems());
    FrontMatter.Split split = FrontMatter.split(text.text());
    if (split instanceof FrontMatter.Missing missing) {
      Location at = missing.location();
      problems.add(Problem.of(source, at.line(), at.column(), missing.code(), missing.message()));
      return new Parsed(Optional.empty(), problems);
    }
    FrontMatter frontMatter = ((FrontMatter.Found) split).frontMatter();
    if (!frontMatter.closed()) {
      problems.add(
          Problem.of(
              source,
              1,
              1,
              ProblemCode.UNCLOSED_FRONT_MATTER,
              "front matter is not closed: the whole file is read as fields and it has no body;"
                  + " add a line '---' after the last field"));
    }
    Optional<Node> root = compose(frontMatter, source, problems);
    if (root.isEmpty()) {
      return new Parsed(Optional.empty(), problems);
    }
    YamlReader reader = new YamlReader(source, frontMatter.firstLine(), problems);
    if (!(root.get() instanceof MappingNode mapping)) {
      reader.report(
          root.get(),
          ProblemCode.FRONT_MATTER_NOT_A_MAPPING,
          "front matter must be fields such as 'path: \"/engineering/backend\"', not "
              + YamlReader.describe(root.get()));
      return new Parsed(Optional.empty(), problems);
    }
    Optional<FrameworkDocument> document =
        new DocumentReader(source, reader).read(mapping, frontMatter.body());
    return new Parsed(document, problems);
  }

  private static Optional<Node> compose(
      FrontMatter frontMatter, String source, List<Problem> problems) {
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(source)
            .setSchema(new CoreSchema())
            .setAllowDuplicateKeys(true) // reported as located problems by YamlReader instead
            .setMaxAliasesForCollections(50)
            .build();
    try {
      Optional<Node> node = new Compose(settings).composeString(frontMatter.yaml());
      if (node.isEmpty()) {
        problems.add(
            Problem.of(
                source,
                1,
                1,
                ProblemCode.FRONT_MATTER_NOT_A_MAPPING,
                "front matter is empty: it needs at least 'path' and 'title'"));
      }
      return node;
    } catch (MarkedYamlEngineException invalid) {
      Optional<YamlSyntax.Explained> explained = YamlSyntax.explain(invalid, frontMatter.yaml());
      if (explained.isPresent()) {
        problems.add(
            Problem.of(
                source,
                frontMatter.firstLine() + explained.get().at().getLine(),
                explained.get().at().getColumn() + 1,
                ProblemCode.YAML_SYNTAX,
                explained.get().message()));
        return Optional.empty();
      }
      Location at =
          invalid
              .getProblemMark()
              .or(invalid::getContextMark)
              .map(
                  mark ->
                      new Location(frontMatter.firstLine() + mark.getLine(), mark.getColumn() + 1))
              .orElse(new Location(frontMatter.firstLine(), 1));
      String message = invalid.getProblem() == null ? "invalid YAML" : invalid.getProblem();
      if (invalid.getContext() != null) {
        message = invalid.getContext() + ": " + message;
      }
      // The parser often notices a problem well after its cause (an unclosed bracket is found at
      // the end); say where the unfinished thing started too.
      if (invalid.getContextMark().isPresent() && invalid.getProblemMark().isPresent()) {
        int contextLine = frontMatter.firstLine() + invalid.getContextMark().get().getLine();
        if (contextLine != at.line()) {
          message +=
              " (it started at line "
                  + contextLine
                  + ", column "
                  + (invalid.getContextMark().get().getColumn() + 1)
                  + ")";
        }
      }
      problems.add(
          Problem.of(source, at.line(), at.column(), ProblemCode.YAML_SYNTAX, oneLine(message)));
    } catch (RuntimeException | StackOverflowError invalid) {
      // Unmarked engine errors (alias limits, nesting so deep the parser recursed out) still
      // deserve an answer rather than a crash; so does the scanner's own NumberFormatException
      // on an escape such as "\x" with no digits after it (found by the fuzz test).
      problems.add(
          Problem.of(
              source,
              frontMatter.firstLine(),
              1,
              ProblemCode.YAML_SYNTAX,
              "front matter cannot be read: " + oneLine(String.valueOf(invalid.getMessage()))));
    }
    return Optional.empty();
  }

  private static String oneLine(String message) {
    return message.replaceAll("\\s+", " ").trim();
  }
}
