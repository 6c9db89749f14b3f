package org.rungs.progression.pay;

import java.time.LocalDate;
import java.util.List;

/**
 * The gender pay gap figures for one date, as {@code GET /api/v1/pay-gap?date=} answers them: the
 * EU Directive 2023/970 Art. 9 indicators and the UK gender pay gap figures. Gaps are fractions of
 * men's pay, positive when women are paid less; {@code null} where a figure cannot be computed or
 * is suppressed.
 *
 * @param meanGap the gap in mean hourly basic pay
 * @param medianGap the gap in median hourly basic pay
 * @param variableMeanGap the gap in mean variable pay among those who receive any
 * @param variableMedianGap the gap in median variable pay among those who receive any
 * @param variablePay the share of women and of men who receive variable pay
 * @param quartiles four equal groups by hourly basic pay, lowest first, each with its shares of
 *     women and men; {@code null} for fewer than four people, or suppressed
 * @param compared the women and men the figures compare
 * @param notCompared people who gave another answer or none (see {@link Sex}): in no figure
 * @param suppressed true if figures were left out because a group had fewer than {@link
 *     PayGap#MIN_GROUP} people and the reader is not an admin
 */
public record PayGapReport(
    LocalDate date,
    Double meanGap,
    Double medianGap,
    Double variableMeanGap,
    Double variableMedianGap,
    Shares variablePay,
    List<Shares> quartiles,
    List<CategoryGap> categories,
    int compared,
    int notCompared,
    boolean suppressed,
    String explanation) {

  public PayGapReport {
    quartiles = quartiles == null ? null : List.copyOf(quartiles);
    categories = List.copyOf(categories);
  }

  /** The share of women and of men in a group, or who have something, from 0 to 1. */
  public record Shares(double female, double male) {}

  /**
   * One category of workers (a framework level, or a group of them) and its gap in mean hourly
   * basic pay.
   *
   * @param framework a framework path, or the name of a group of frameworks
   * @param people everyone in the category, whichever their answer about sex
   * @param meanGap {@code null} if either sex has no one here, or suppressed
   * @param variableMeanGap the gap in mean variable pay among those here who receive any; {@code
   *     null} if either sex has no one who does, or for readers other than admins fewer than 5
   * @param subLevelGap the gap that remains between women and men at the same sub-level: each
   *     person's pay is divided by the mean pay of their sub-level in the category first
   * @param flagged true if {@code |meanGap|} is 5% or more: the EU Directive's trigger for a joint
   *     pay assessment (Art. 10)
   */
  public record CategoryGap(
      String framework,
      int level,
      int people,
      int female,
      int male,
      Double meanGap,
      Double variableMeanGap,
      Double subLevelGap,
      boolean flagged,
      boolean suppressed,
      String explanation) {}
}
