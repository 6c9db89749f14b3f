package org.rungs.progression.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rungs.progression.SubLevel;
import org.rungs.progression.pay.RoundRules.Actor;
import org.rungs.progression.pay.RoundRules.RoundAction;

class ReviewRoundTests {

  static final SalaryBand BAND = PayPositionsTests.LEVEL_2; // £45,000–£60,000

  static ReviewProposals.Candidate candidate(String id, long salary, SubLevel subLevel) {
    return new ReviewProposals.Candidate(
        id, "org", PayHistoryTests.change("2025-01-01", PayReason.HIRE, salary), BAND, subLevel);
  }

  @Test
  void aMeritMatrixRefusesAMissingRaiseAndMoreThanTwoDecimals() {
    java.util.ArrayList<BigDecimal> withNothing =
        new java.util.ArrayList<>(MeritMatrix.row("1", "2", "3", "4"));
    withNothing.set(1, null);
    Map<SubLevel, List<BigDecimal>> holed = new java.util.EnumMap<>(MeritMatrix.DEFAULT.percents());
    holed.put(SubLevel.B, withNothing);
    Map<SubLevel, List<BigDecimal>> fine = new java.util.EnumMap<>(MeritMatrix.DEFAULT.percents());
    fine.put(SubLevel.C, MeritMatrix.row("1", "2.125", "3", "4"));
    Map<SubLevel, List<BigDecimal>> twoDecimals =
        new java.util.EnumMap<>(MeritMatrix.DEFAULT.percents());
    twoDecimals.put(SubLevel.C, MeritMatrix.row("1", "2.50", "3.25", "4"));

    assertThatThrownBy(() -> new MeritMatrix(holed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a suggested raise is a number from 0 to 50%, got nothing for sub-level B");
    assertThatThrownBy(() -> new MeritMatrix(fine))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a suggested raise has at most 2 decimals, got 2.125 for sub-level C");
    assertThat(new MeritMatrix(twoDecimals).suggest(SubLevel.C, 2)).isEqualByComparingTo("2.5");
  }

  @Test
  void suggestsRaisesFromSubLevelAndStretchOfTheBand() {
    List<Proposal> proposals =
        ReviewProposals.propose(
            List.of(
                candidate("low-d", 46_000, SubLevel.D), // first stretch, D: 6%
                candidate("mid-c", 52_000, SubLevel.C), // second stretch, C: 4%
                candidate("top-a", 59_000, SubLevel.A), // top stretch, A: 0%
                candidate("under-b", 40_000, SubLevel.B)), // below the band counts as first: 4%
            MeritMatrix.DEFAULT,
            BandPositions.QUARTERS);

    assertThat(proposals)
        .extracting(p -> p.suggestedPercent().toPlainString())
        .containsExactly("6.0", "4.0", "0.0", "4.0");
    assertThat(proposals.get(0).proposed()).hasToString("£48,760");
    assertThat(proposals.get(0).cost()).hasToString("£2,760");
    assertThat(proposals.get(0).adjusted()).isFalse();
  }

  @Test
  void costsAPartTimersRaiseAtTheirShareOfFullTime() {
    PayChange partTime =
        new PayChange(
            LocalDate.parse("2025-01-01"),
            PayReason.HIRE,
            Money.of("GBP", "50000"),
            new BigDecimal("0.5"),
            null,
            SalaryBand.ANY_ZONE);
    Proposal proposal =
        ReviewProposals.propose(
                List.of(new ReviewProposals.Candidate("p", "org", partTime, BAND, SubLevel.B)),
                MeritMatrix.DEFAULT,
                BandPositions.QUARTERS)
            .get(0);
    assertThat(proposal.suggestedPercent()).isEqualByComparingTo("3.0");
    assertThat(proposal.proposed()).hasToString("£51,500");
    assertThat(proposal.cost()).hasToString("£750");
  }

  @Test
  void anAdjustmentAwayFromTheSuggestionNeedsAReason() {
    Proposal proposal =
        ReviewProposals.propose(
                List.of(candidate("mid-c", 52_000, SubLevel.C)),
                MeritMatrix.DEFAULT,
                BandPositions.QUARTERS)
            .get(0);

    assertThatThrownBy(
            () -> ReviewProposals.adjust(proposal, new BigDecimal("5.5"), " ", "manager"))
        .hasMessage("a raise of 5.5% instead of the suggested 4.0% needs a reason");
    assertThatThrownBy(() -> ReviewProposals.adjust(proposal, new BigDecimal("-1"), "cut", "m"))
        .hasMessage("a raise is from 0 to 50 percent, got -1");
    assertThatThrownBy(
            () -> ReviewProposals.adjust(proposal, new BigDecimal("3.996"), "rounds up", "m"))
        .hasMessage("a raise has at most 2 decimals, got 3.996");
    Proposal adjusted =
        ReviewProposals.adjust(
            proposal, new BigDecimal("5.5"), "leads the on-call rota", "manager");
    assertThat(adjusted.adjusted()).isTrue();
    assertThat(adjusted.reason()).isEqualTo("leads the on-call rota");
    assertThat(adjusted.proposed()).hasToString("£54,860");
    assertThat(ReviewProposals.adjust(adjusted, new BigDecimal("4.0"), null, "admin").reason())
        .isNull();
  }

  @Test
  void measuresBudgetUseAndFindsOutliers() {
    List<Proposal> proposals =
        ReviewProposals.propose(
            List.of(
                candidate("a", 52_000, SubLevel.C),
                candidate("b", 59_000, SubLevel.D),
                candidate("c", 40_000, SubLevel.A)),
            MeritMatrix.DEFAULT,
            BandPositions.QUARTERS);
    Proposal generous =
        ReviewProposals.adjust(proposals.get(0), new BigDecimal("10"), "retention", "m");
    List<Proposal> adjusted = List.of(generous, proposals.get(1), proposals.get(2));

    List<ReviewProposals.BudgetUse> uses =
        ReviewProposals.budgetUse(
            List.of(new ReviewProposals.Budget("org", Money.of("GBP", "7000"))), adjusted);
    // £5,200 + £1,180 + £1,200 = £7,580
    assertThat(uses.get(0).used()).hasToString("£7,580");
    assertThat(uses.get(0).over()).isTrue();
    assertThat(uses.get(0).explanation()).isEqualTo("£7,580 of £7,000 proposed; £580 over budget");

    assertThat(ReviewProposals.outliers(adjusted, new BigDecimal("2")))
        .extracting(ReviewProposals.Outlier::personId, ReviewProposals.Outlier::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a", "far-from-matrix"),
            org.assertj.core.groups.Tuple.tuple("b", "above-band"),
            org.assertj.core.groups.Tuple.tuple("c", "below-band"));
  }

  @Test
  void appliesOnlyApprovedRaisesAsPayHistoryAndOnlyOnce() {
    List<Proposal> proposals =
        ReviewProposals.propose(
            List.of(candidate("a", 52_000, SubLevel.C), candidate("b", 52_000, SubLevel.C)),
            MeritMatrix.DEFAULT,
            BandPositions.QUARTERS);
    PayChange before = PayHistoryTests.change("2025-01-01", PayReason.HIRE, 52_000);
    LocalDate date = LocalDate.parse("2026-04-01");
    List<Proposal> oneApproved =
        List.of(ReviewProposals.approve(proposals.get(0)), proposals.get(1));

    Map<String, PayChange> changes =
        ReviewProposals.apply(RoundState.OPEN, date, oneApproved, Map.of("a", before, "b", before));
    assertThat(changes).containsOnlyKeys("a");
    PayChange after = changes.get("a");
    assertThat(after.reason()).isEqualTo(PayReason.REVIEW);
    assertThat(after.baseSalary()).hasToString("£54,080");
    assertThat(PayHistory.of(List.of(before)).with(after).on(date)).contains(after);
    assertThatThrownBy(
            () -> ReviewProposals.apply(RoundState.CLOSED, date, oneApproved, Map.of("a", before)))
        .hasMessage("a round that is closed applies nothing");
  }

  @Test
  void anApprovedRaiseIsFinal() {
    Proposal approved =
        ReviewProposals.approve(
            ReviewProposals.propose(
                    List.of(candidate("a", 52_000, SubLevel.C)),
                    MeritMatrix.DEFAULT,
                    BandPositions.QUARTERS)
                .get(0));
    assertThatThrownBy(
            () -> ReviewProposals.adjust(approved, new BigDecimal("5"), "more", "manager"))
        .hasMessage("this raise is approved: it is final");
  }

  @Test
  void setsBudgetsAsAPercentOfEachPayrollOrSharesAnAmountByPayroll() {
    List<Proposal> proposals =
        ReviewProposals.propose(
            List.of(
                new ReviewProposals.Candidate(
                    "a",
                    "team-1",
                    PayHistoryTests.change("2025-01-01", PayReason.HIRE, 50_000),
                    BAND,
                    SubLevel.C),
                new ReviewProposals.Candidate(
                    "b",
                    "team-2",
                    PayHistoryTests.change("2025-01-01", PayReason.HIRE, 50_000),
                    BAND,
                    SubLevel.C),
                new ReviewProposals.Candidate(
                    "c",
                    "team-2",
                    PayHistoryTests.change("2025-01-01", PayReason.HIRE, 50_000),
                    BAND,
                    SubLevel.C)),
            MeritMatrix.DEFAULT,
            BandPositions.QUARTERS);

    assertThat(ReviewProposals.budgets(ReviewProposals.BudgetRule.percent("3"), proposals))
        .extracting(b -> b.budget() + " " + b.amount())
        .containsExactly("team-1 £1,500", "team-2 £3,000");
    assertThat(
            ReviewProposals.budgets(
                new ReviewProposals.BudgetRule(null, Money.of("GBP", "6000")), proposals))
        .extracting(b -> b.budget() + " " + b.amount())
        .containsExactly("team-1 £2,000", "team-2 £4,000");
    List<ReviewProposals.BudgetUse> uses =
        ReviewProposals.budgetUse(
            ReviewProposals.budgets(ReviewProposals.BudgetRule.percent("3"), proposals), proposals);
    // 50,000 in the second stretch at C: 4%, £2,000 of £1,500.
    assertThat(uses.get(0).percentUsed()).isEqualTo(133);
    assertThat(uses.get(0).over()).isTrue();
    assertThatThrownBy(() -> ReviewProposals.BudgetRule.percent("0"))
        .hasMessage("a budget is above 0 and at most 50% of payroll, got 0");
  }

  @Test
  void withoutAStandingSuggestsNothingAndSaysSo() {
    Proposal proposal =
        ReviewProposals.propose(
                List.of(candidate("new", 50_000, null)),
                MeritMatrix.DEFAULT,
                BandPositions.QUARTERS)
            .get(0);
    assertThat(proposal.suggestedPercent()).isEqualByComparingTo("0");
    assertThat(ReviewProposals.outliers(List.of(proposal), BigDecimal.ONE))
        .extracting(ReviewProposals.Outlier::kind)
        .containsExactly("no-standing");
  }

  @Test
  void movesThroughItsStatesInOrderOnly() {
    assertThat(RoundState.OPEN.mayBecome(RoundState.APPROVED)).isTrue();
    assertThat(RoundState.OPEN.mayBecome(RoundState.CLOSED)).isTrue();
    assertThat(RoundState.APPROVED.mayBecome(RoundState.OPEN)).isFalse();
    assertThat(RoundState.APPROVED.mayBecome(RoundState.CLOSED)).isTrue();
    assertThat(RoundState.CLOSED.mayBecome(RoundState.OPEN)).isFalse();
  }

  @Test
  void managersAdjustTheirOwnOrganisationWhileTheRoundIsOpenOnly() {
    Actor manager = new Actor("m", false, Set.of("a", "b"));
    assertThat(RoundRules.decide(manager, RoundAction.ADJUST, RoundState.OPEN, "a").allowed())
        .isTrue();
    assertThat(RoundRules.decide(manager, RoundAction.ADJUST, RoundState.OPEN, "z").reason())
        .isEqualTo("this person is not in your organisation");
    assertThat(RoundRules.decide(manager, RoundAction.ADJUST, RoundState.APPROVED, "a").reason())
        .isEqualTo("the round is approved: its raises are final");
    assertThat(RoundRules.decide(manager, RoundAction.VIEW, RoundState.CLOSED, "z").allowed())
        .isFalse();
    assertThat(RoundRules.decide(manager, RoundAction.APPROVE, RoundState.OPEN, null).reason())
        .isEqualTo("only admins approve a round");
    assertThat(RoundRules.decide(manager, RoundAction.APPROVE, RoundState.OPEN, "a").reason())
        .isEqualTo("only admins approve a raise");
    assertThat(RoundRules.decide(manager, RoundAction.CLOSE, RoundState.OPEN, null).reason())
        .isEqualTo("only admins close a round");
  }

  @Test
  void nobodySetsOrApprovesTheirOwnRaiseAndAdminsFollowTheStates() {
    Actor admin = new Actor("boss", true, Set.of());
    assertThat(RoundRules.decide(admin, RoundAction.ADJUST, RoundState.OPEN, "boss").reason())
        .isEqualTo("nobody sets their own raise");
    assertThat(RoundRules.decide(admin, RoundAction.APPROVE, RoundState.OPEN, "boss").reason())
        .isEqualTo("nobody approves their own raise");
    assertThat(RoundRules.decide(admin, RoundAction.ADJUST, RoundState.OPEN, "a").allowed())
        .isTrue();
    assertThat(RoundRules.decide(admin, RoundAction.ADJUST, RoundState.APPROVED, "a").reason())
        .isEqualTo("the round is approved: its raises are final");
    assertThat(RoundRules.decide(admin, RoundAction.APPROVE, RoundState.CLOSED, null).reason())
        .isEqualTo("a round that is closed cannot become approved");
    assertThat(RoundRules.decide(admin, RoundAction.CLOSE, RoundState.APPROVED, null).allowed())
        .isTrue();
  }
}
