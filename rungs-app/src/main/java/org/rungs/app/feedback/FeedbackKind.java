package org.rungs.app.feedback;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a piece of feedback is; the API names each in lower case, e.g. {@code "example"}. */
public enum FeedbackKind {
  COMMENT("comment"),
  QUESTION("question"),
  UNCLEAR("marked unclear"),
  /** A suggested example; accepting it writes it into the framework file. */
  EXAMPLE("suggested example"),
  /** A suggested new wording; accepting it writes it into the framework file. */
  REWORDING("suggested rewording");

  private final String label;

  FeedbackKind(String label) {
    this.label = label;
  }

  /** Words for people, e.g. "suggested example". */
  public String label() {
    return label;
  }

  /** The name in the API and in forms, e.g. {@code unclear}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether accepting it changes the framework file. */
  public boolean writesBack() {
    return this == EXAMPLE || this == REWORDING;
  }

  /** Whether it is about one criterion only. */
  public boolean needsCriterion() {
    return this == UNCLEAR || writesBack();
  }

  static Optional<FeedbackKind> of(String key) {
    return Arrays.stream(values()).filter(kind -> kind.key().equals(key)).findFirst();
  }
}
