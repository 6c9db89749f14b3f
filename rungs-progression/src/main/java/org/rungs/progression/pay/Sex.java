package org.rungs.progression.pay;

import java.util.Locale;
import java.util.Optional;

/**
 * A person's sex or gender as they gave it for pay-gap reporting, and nothing else.
 *
 * <p>Both sets of rules compare women's pay with men's. The EU Pay Transparency Directive
 * (2023/970) defines the gender pay gap as the difference between the average pay levels of female
 * and male workers, as a percentage of male workers' (Art. 3), and builds every Art. 9 indicator on
 * it. The UK Equality Act 2010 (Gender Pay Gap Information) Regulations 2017 compare male and
 * female relevant employees without defining the terms; the Acas and Government Equalities Office
 * guidance "Managing gender pay reporting" says to use the gender an employee identifies with
 * (never questioning anyone about it), that an employee who identifies as neither may be omitted
 * from the calculations, that it may be reasonable to do the same where the employer does not know,
 * and that omissions likely to skew the figures deserve a word in the report. Rungs therefore:
 *
 * <ul>
 *   <li>puts {@link #FEMALE} and {@link #MALE} in the gap figures, quartiles and Art. 7 averages;
 *   <li>keeps {@link #OTHER} (a person who identifies as neither) and {@link #UNDISCLOSED} (not
 *       given, or preferred not to say) out of every comparison by sex, counts them in the totals,
 *       says how many were left out in the report's explanation, and never shows them as a group of
 *       their own: such groups are nearly always small enough to reveal who is in them;
 *   <li>asks nobody: the field is optional, and left empty it means undisclosed.
 * </ul>
 */
public enum Sex {
  FEMALE,
  MALE,
  OTHER,
  UNDISCLOSED;

  /** True for the two groups the gap figures compare. */
  public boolean compared() {
    return this == FEMALE || this == MALE;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads what a pay file says: female, woman, f; male, man, m; other, non-binary, x; undisclosed,
   * prefer not to say, unknown. Case and spacing do not matter.
   */
  public static Optional<Sex> of(String written) {
    String word = written.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
    return Optional.ofNullable(
        switch (word) {
          case "female", "woman", "f", "w" -> FEMALE;
          case "male", "man", "m" -> MALE;
          case "other", "non binary", "nonbinary", "x" -> OTHER;
          case "undisclosed", "prefer not to say", "unknown", "not given" -> UNDISCLOSED;
          default -> null;
        });
  }
}
