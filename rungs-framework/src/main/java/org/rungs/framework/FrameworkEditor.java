package org.rungs.framework;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a {@link FrameworkEdit} into a framework file's text, changing nothing outside the edited
 * node: comments, quoting, indentation, line ends (CRLF stays CRLF), a byte-order mark and the
 * Markdown body stay byte for byte as they were.
 *
 * <pre>{@code
 * FrameworkEditor.Edited edited =
 *     FrameworkEditor.apply(Files.readAllBytes(file), "backend.md", new AddExample(id, "..."));
 * if (edited.applied()) Files.write(file, edited.bytes());
 * else edited.problems().forEach(System.out::println);
 * }</pre>
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>New text is written in the style of its neighbours (an item copies the dash and indentation
 *       of the item before it; a scalar keeps its quotes if they can hold the new text), else
 *       double-quoted, escaped so that it reads back as exactly the text given.
 *   <li>Criteria are found by their {@link CriterionId} as the file alone gives it.
 *   <li>An edit is refused, with a located {@link ProblemCode#EDIT_REFUSED} problem and the text
 *       unchanged, when the file does not load, is not UTF-8, had mis-encoded text or invisible
 *       characters repaired on reading (writing back would either keep the damage beside new text
 *       or change lines the edit is not about: save the file as UTF-8 first), uses bare CR line
 *       ends, or lays the edited part out in a way the editor cannot follow safely.
 *   <li>After an edit the file reads back with no problem it did not have before; otherwise the
 *       edit is refused with those problems.
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
public final class FrameworkEditor {

  /** The edited text (the original when not applied) and why the edit was not applied. */
  public record Edited(String text, List<Problem> problems) {
    public Edited {
      problems = List.copyOf(problems);
    }

    public boolean applied() {
      return problems.isEmpty();
    }

    /** The text as the file's bytes: UTF-8, with the byte-order mark if it had one. */
    public byte[] bytes() {
      return text.getBytes(StandardCharsets.UTF_8);
    }
  }

  private static final Set<ProblemCode> REPAIRS =
      Set.of(ProblemCode.MOJIBAKE, ProblemCode.INVISIBLE_CHARACTER, ProblemCode.NOT_UTF8);

  private FrameworkEditor() {}

  /** Edits a file given as its bytes, which must be UTF-8. */
  public static Edited apply(byte[] bytes, String source, FrameworkEdit edit) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return apply(text, source, edit);
    } catch (CharacterCodingException notUtf8) {
      return refused(
          new String(bytes, StandardCharsets.ISO_8859_1),
          source,
          Location.START,
          "the file is not UTF-8: save it as UTF-8 before editing it in Rungs");
    }
  }

  /** Edits a file given as its text (a leading byte-order mark is kept). */
  public static Edited apply(String text, String source, FrameworkEdit edit) {
    String bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
    String content = text.substring(bom.length());
    FrameworkParser.Parsed before = FrameworkParser.parse(content, source);
    if (before.document().isEmpty()) {
      return refused(text, source, Location.START, "the file does not load: fix its errors first");
    }
    Optional<Problem> repaired =
        before.problems().stream().filter(problem -> REPAIRS.contains(problem.code())).findFirst();
    if (repaired.isPresent()) {
      return refused(
          text,
          source,
          new Location(repaired.get().line(), repaired.get().column()),
          "the file had text repaired when it was read ("
              + repaired.get().code().summary()
              + "): save it as clean UTF-8 before editing it in Rungs");
    }
    if (content.replace("\r\n", "").indexOf('\r') >= 0) {
      return refused(
          text, source, Location.START, "the file ends lines with a bare CR: use LF or CRLF");
    }
    Optional<EditableFile> file = EditableFile.of(content);
    if (file.isEmpty()) {
      return refused(text, source, Location.START, "the file's front matter cannot be edited");
    }
    String edited;
    try {
      new FrontMatterEdits(file.get(), before.document().get()).apply(edit);
      edited = bom + file.get().edited();
      if (edited.equals(text)) {
        return new Edited(text, List.of());
      }
    } catch (EditRefused refusal) {
      return refused(text, source, refusal.location(), refusal.getMessage());
    }
    List<Problem> added =
        added(before.problems(), FrameworkParser.parse(edited, source).problems());
    return added.isEmpty() ? new Edited(edited, List.of()) : new Edited(text, added);
  }

  /**
   * Problems of {@code after} of a kind that {@code before} had fewer of. Kinds are compared, not
   * messages: a message may quote the very wording an edit changed.
   */
  private static List<Problem> added(List<Problem> before, List<Problem> after) {
    Map<ProblemCode, Integer> count = new HashMap<>();
    before.forEach(problem -> count.merge(problem.code(), 1, Integer::sum));
    after.forEach(problem -> count.merge(problem.code(), -1, Integer::sum));
    Set<String> known = new java.util.HashSet<>();
    before.forEach(problem -> known.add(problem.code() + " " + problem.message()));
    return after.stream()
        .filter(problem -> count.get(problem.code()) < 0)
        .filter(problem -> !known.contains(problem.code() + " " + problem.message()))
        .toList();
  }

  private static Edited refused(String text, String source, Location at, String why) {
    return new Edited(
        text,
        List.of(
            Problem.of(
                source,
                at.line(),
                at.column(),
                ProblemCode.EDIT_REFUSED,
                "edit not made: " + why)));
  }
}
