package org.rungs.framework;

/**
 * The stable code of each kind of {@link Problem}, e.g. {@code RUNGS009} for content at a level
 * above {@code levels}.
 *
 * <p>Codes never change meaning once released: framework repositories grep for them, and CI
 * integrations (TeamCity inspections) use them as inspection ids. New problems get new numbers.
 */
public enum ProblemCode {
  YAML_SYNTAX(1, Severity.ERROR, "YAML that does not parse"),
  MISSING_FRONT_MATTER(2, Severity.ERROR, "no front matter between --- lines"),
  UNCLOSED_FRONT_MATTER(3, Severity.WARNING, "front matter without its closing --- line"),
  FRONT_MATTER_NOT_A_MAPPING(4, Severity.ERROR, "front matter that is not a set of fields"),
  MISSING_PATH(5, Severity.ERROR, "no path"),
  PATH_NORMALISED(6, Severity.WARNING, "a path that had to be tidied"),
  MISSING_LEVELS(7, Severity.ERROR, "a levelled framework without levels"),
  INVALID_LEVELS(8, Severity.ERROR, "levels that is not a positive whole number"),
  LEVEL_ABOVE_LEVELS(9, Severity.ERROR, "content at a level above levels, which no page shows"),
  INVALID_LEVEL(10, Severity.ERROR, "content whose level is not a positive whole number"),
  NULL_LIST(11, Severity.WARNING, "an empty value where a list belongs"),
  WRONG_TYPE(12, Severity.ERROR, "a value of the wrong kind"),
  DUPLICATE_TOPIC(13, Severity.WARNING, "two topics with the same name"),
  DUPLICATE_PATH(14, Severity.ERROR, "two files with the same path"),
  CRITERION_NOT_TEXT(15, Severity.ERROR, "a criterion that is a list or a set of fields"),
  DUPLICATE_KEY(16, Severity.ERROR, "the same field twice"),
  INVISIBLE_CHARACTER(17, Severity.WARNING, "zero-width or no-break spaces"),
  MOJIBAKE(18, Severity.WARNING, "mis-encoded text, repaired"),
  NOT_UTF8(19, Severity.WARNING, "a file that is not UTF-8"),
  UNKNOWN_FIELD(20, Severity.WARNING, "a field Rungs does not know"),
  MISSING_TOPIC_NAME(21, Severity.ERROR, "a topic without a name"),
  EMPTY_CRITERION(22, Severity.WARNING, "an empty criterion"),
  EXAMPLE_WITHOUT_EXAMPLES(23, Severity.WARNING, "an example criterion without examples"),
  DUPLICATE_CRITERION_ID(24, Severity.ERROR, "two criteria with the same explicit id"),
  MISSING_TITLE(25, Severity.WARNING, "a framework without a title"),
  UNREADABLE_FILE(26, Severity.ERROR, "a file that cannot be read"),
  REPEATED_LEVEL(27, Severity.WARNING, "the same level twice in one topic"),
  TOPICS_ON_TEXT_PAGE(28, Severity.WARNING, "topics on a page that is not yaml: true"),
  CRITERION_NOT_STRING(29, Severity.WARNING, "a criterion written as a number or true/false"),
  INVALID_CRITERION_ID(30, Severity.ERROR, "an explicit criterion id that cannot be used"),
  TOO_MANY_LEVELS(31, Severity.ERROR, "more levels than any framework has"),
  RESERVED_PATH(32, Severity.ERROR, "a path that is not a page address Rungs can use"),
  BINARY_FILE(33, Severity.ERROR, "a file that is not text"),
  EDIT_REFUSED(34, Severity.ERROR, "an edit that cannot be written into its file"),
  OWNERS_RULE(35, Severity.ERROR, "an OWNERS line that is not a path or glob and emails"),
  OWNERS_EMAIL(36, Severity.ERROR, "an owner in OWNERS that is not an email address"),
  MISSPELT_FIELD(37, Severity.ERROR, "a field name that is a known one misspelt"),
  DUPLICATE_CRITERION(38, Severity.WARNING, "the same criterion twice at one level of a topic");

  private final int number;
  private final Severity severity;
  private final String summary;

  ProblemCode(int number, Severity severity, String summary) {
    this.number = number;
    this.severity = severity;
    this.summary = summary;
  }

  /** The code as printed, e.g. {@code RUNGS009}. */
  public String code() {
    return String.format("RUNGS%03d", number);
  }

  /** The severity problems of this kind have unless {@code --strict} raises them. */
  public Severity severity() {
    return severity;
  }

  /** A short description of this kind of problem, for documentation and CI inspection names. */
  public String summary() {
    return summary;
  }
}
