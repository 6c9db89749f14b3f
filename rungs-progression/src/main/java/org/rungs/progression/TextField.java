package org.rungs.progression;

import java.util.Optional;

/**
 * A kind of free text people write into Rungs, with the most characters it may hold: each limit is
 * written here once. Services check input with {@link #problem}, forms take their {@code maxlength}
 * from {@link #max}, the API description its {@code maxLength}; the database columns are at least
 * as wide (a test compares them).
 *
 * <pre>{@code
 * TextField.EVIDENCE_LINK.problem("https://example.com/" + "a".repeat(2000));
 * // "a link has at most 2000 characters, this one has 2020"
 * }</pre>
 *
 * <p>Lengths count UTF-16 units, as browsers count {@code maxlength}; a code point outside the
 * Basic Multilingual Plane counts twice, so the stored text never exceeds its column.
 */
public enum TextField {
  /** A person's name (CSV import, {@code rungs users add --name}). */
  NAME("name", "a name", 200, false),
  /** A person's email address, which they sign in with. */
  EMAIL("email", "an email address", 320, false),
  /** A note on one view of an assessment of a criterion. */
  ASSESSMENT_NOTE("note", "a note", 2000, true),
  /** What happened, on a piece of evidence. */
  EVIDENCE_NOTE("note", "a note", 4000, true),
  /** Where a piece of evidence can be seen. */
  EVIDENCE_LINK("link", "a link", 2000, false),
  /** The summary of a check-in's agreement. */
  CHECK_IN_SUMMARY("summary", "a summary", 4000, true),
  /** The person's note when they confirm or dispute an agreement. */
  CONFIRMATION_NOTE("note", "a note", 2000, true),
  /** Why a person's level changed, on a promotion in their level history. */
  LEVEL_NOTE("note", "a note", 2000, true),
  /** Feedback on a framework or criterion: a comment, question, example or rewording. */
  FEEDBACK_TEXT("text", "feedback", 4000, true),
  /** An owner's reason for rejecting feedback, or their answer to it. */
  FEEDBACK_REPLY("reason", "a reply", 2000, true),
  /** The name of a pay review round, e.g. "Spring 2027". */
  ROUND_NAME("name", "a round's name", 200, false),
  /** Why a raise in a pay review round differs from the merit matrix's suggestion. */
  RAISE_REASON("reason", "a reason", 1000, true);

  private final String field;
  private final String noun;
  private final int max;
  private final boolean multiLine;

  TextField(String field, String noun, int max, boolean multiLine) {
    this.field = field;
    this.noun = noun;
    this.max = max;
    this.multiLine = multiLine;
  }

  /** The field's name in forms, JSON bodies and error maps, e.g. {@code note}. */
  public String field() {
    return field;
  }

  /** The most characters (UTF-16 units) it may hold. */
  public int max() {
    return max;
  }

  /** Whether it may hold line breaks and tabs. */
  public boolean multiLine() {
    return multiLine;
  }

  /** What is wrong with {@code text} for this field, in words; empty if nothing (or null). */
  public Optional<String> problem(String text) {
    if (text == null) {
      return Optional.empty();
    }
    if (text.length() > max) {
      return Optional.of(
          noun + " has at most " + max + " characters, this one has " + text.length());
    }
    return TextCharacters.refused(text, multiLine)
        .map(character -> field + " has " + character + ": remove it");
  }
}
