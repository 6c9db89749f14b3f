package org.rungs.app.pay;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rungs.app.assessments.Assessments;
import org.rungs.app.audit.AuditTrail;
import org.rungs.app.people.People;
import org.rungs.app.people.Person;
import org.rungs.app.people.PersonAccess;
import org.rungs.app.system.Refusal;
import org.rungs.app.system.Refused;
import org.rungs.app.system.Result;
import org.rungs.progression.Standing;
import org.rungs.progression.TextField;
import org.rungs.progression.pay.MeritMatrix;
import org.rungs.progression.pay.PayChange;
import org.rungs.progression.pay.PayHistory;
import org.rungs.progression.pay.Proposal;
import org.rungs.progression.pay.ReviewProposals;
import org.rungs.progression.pay.ReviewProposals.BudgetRule;
import org.rungs.progression.pay.ReviewProposals.BudgetUse;
import org.rungs.progression.pay.RoundRules;
import org.rungs.progression.pay.RoundRules.RoundAction;
import org.rungs.progression.pay.RoundState;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pay review rounds on the rules of {@link ReviewProposals} and {@link RoundRules}: an admin opens
 * one, the merit matrix proposes each raise, managers adjust their organisation's raises within
 * their budget, admins approve and close it, and the approved raises become pay history.
 *
 * <p>Managers never see money: a raise is a percent, a budget's use a share of it. The money is
 * worked out here from the sealed pay history and leaves this class only for admins, whose every
 * look at a round is audited as a read of its people's pay.
 */
@Service
public class PayReviews {

  /** Percentage points from the matrix's suggestion beyond which a raise is an outlier. */
  static final BigDecimal TOLERANCE = new BigDecimal("2");

  static final String ORGANISATION = "organisation";
  static final String EVERYONE_ELSE = "everyone-else";

  private static final Set<String> PAY_OUTLIERS = Set.of("above-band", "below-band", "no-band");

  /** What an admin asks for when opening a round; the controllers read it from a form or JSON. */
  record Opening(
      String name,
      LocalDate effectiveFrom,
      PayRound.BudgetScope scope,
      BigDecimal percent,
      BigDecimal amount,
      MeritMatrix matrix) {}

  private final RoundRepository rounds;
  private final RoundPricing pricing;
  private final PayRepository pay;
  private final Pay payAccess;
  private final PersonAccess access;
  private final People people;
  private final Assessments assessments;
  private final AuditTrail audit;

  PayReviews(
      RoundRepository rounds,
      RoundPricing pricing,
      PayRepository pay,
      Pay payAccess,
      PersonAccess access,
      People people,
      Assessments assessments,
      AuditTrail audit) {
    this.rounds = rounds;
    this.pricing = pricing;
    this.pay = pay;
    this.payAccess = payAccess;
    this.access = access;
    this.people = people;
    this.assessments = assessments;
    this.audit = audit;
  }

  List<PayRound> rounds() {
    return rounds.rounds();
  }

  /** The name of the round behind each of {@code personId}'s pay changes that one made. */
  Map<LocalDate, String> roundNamesOf(long personId) {
    Map<LocalDate, String> names = new HashMap<>();
    pay.roundsOf(personId)
        .forEach(
            (date, round) -> {
              if (round != null) {
                rounds.round(round).ifPresent(found -> names.put(date, found.name()));
              }
            });
    return names;
  }

  PayRound require(long roundId) {
    return rounds
        .round(roundId)
        .orElseThrow(
            () -> new Refused(new Refusal.NotFound("there is no pay review round " + roundId)));
  }

  /** Opens a round with everyone active who is paid in its currency on its date. */
  @Transactional
  Result<PayRound> open(Person admin, Opening opening) {
    Pay.requireAdmin(admin);
    payAccess.requireOn();
    return openBy(admin.id(), opening);
  }

  /**
   * The demo's round in progress: 3% of the organisation's payroll and the default matrix, opened
   * by nobody (the command line), for raises from {@code effectiveFrom}.
   *
   * @return the round's id, or empty if nobody is paid then or pay is off
   */
  @Transactional
  public Optional<Long> openForDemo(String name, LocalDate effectiveFrom) {
    if (!payAccess.isOn()) {
      return Optional.empty();
    }
    Result<PayRound> opened =
        openBy(
            null,
            new Opening(
                name,
                effectiveFrom,
                PayRound.BudgetScope.ORGANISATION,
                new BigDecimal("3"),
                null,
                MeritMatrix.DEFAULT));
    return opened instanceof Result.Done<PayRound> done
        ? Optional.of(done.value().id())
        : Optional.empty();
  }

  private Result<PayRound> openBy(Long actorId, Opening opening) {
    Map<String, String> errors = new LinkedHashMap<>();
    String name = opening.name() == null ? "" : opening.name().strip();
    TextField.ROUND_NAME.problem(name).ifPresent(problem -> errors.put("name", problem));
    if (name.isEmpty()) {
      errors.put("name", "a round needs a name");
    }
    if (opening.effectiveFrom() == null) {
      errors.put("effectiveFrom", "a round needs the date its raises take effect");
    }
    if (opening.matrix() == null) {
      errors.put(
          "matrix",
          "each raise of the merit matrix is a number from 0 to 50, with at most 2 decimals");
    }
    BudgetRule budget = null;
    // What is stored must be what was checked: the columns hold 2 decimals (and 12 digits before
    // them for an amount), so a budget of 0.004% would be kept as 0 and refused on every read.
    if (opening.percent() != null && opening.percent().stripTrailingZeros().scale() > 2) {
      errors.put("budget", "a budget's percent has at most 2 decimals");
    }
    if (opening.amount() != null
        && (opening.amount().stripTrailingZeros().scale() > 2
            || opening.amount().precision() - opening.amount().scale() > 12)) {
      errors.put("budget", "a budget's amount has at most 12 digits and 2 decimals");
    }
    if (!errors.containsKey("budget")) {
      try {
        // Checked here for its limits; the currency is the round's, known once its people are.
        budget =
            new BudgetRule(
                opening.percent(),
                opening.amount() == null
                    ? null
                    : new org.rungs.progression.pay.Money(
                        Currency.getInstance("XXX"), opening.amount()));
      } catch (IllegalArgumentException wrong) {
        errors.put("budget", wrong.getMessage());
      }
    }
    if (!errors.isEmpty()) {
      return Result.refused(new Refusal.Invalid(errors.values().iterator().next(), errors));
    }
    List<Person> active = people.active();
    Map<Long, PayHistory> histories = pay.histories();
    Map<Long, PayChange> paid = new HashMap<>();
    for (Person person : active) {
      PayHistory history = histories.get(person.id());
      if (history != null) {
        // The pay the raise is on: as it was the day before the raise takes effect.
        history
            .on(opening.effectiveFrom().minusDays(1))
            .ifPresent(change -> paid.put(person.id(), change));
      }
    }
    if (paid.isEmpty()) {
      return Result.refused(
          Refusal.Invalid.of(
              "effectiveFrom", "nobody has pay recorded on " + opening.effectiveFrom()));
    }
    Currency currency =
        paid.values().stream()
            .collect(Collectors.groupingBy(c -> c.baseSalary().currency(), Collectors.counting()))
            .entrySet()
            .stream()
            .max(
                Map.Entry.<Currency, Long>comparingByValue()
                    .thenComparing(e -> e.getKey().getCurrencyCode(), Comparator.reverseOrder()))
            .orElseThrow()
            .getKey();
    List<Person> in =
        active.stream()
            .filter(p -> paid.containsKey(p.id()))
            .filter(p -> paid.get(p.id()).baseSalary().currency().equals(currency))
            .toList();
    Map<Long, Standing> standings = assessments.standings(in);
    Function<Person, String> budgetOf = RoundBudgets.of(opening.scope(), people.everyone());
    List<RoundRepository.Row> rows = new ArrayList<>();
    for (Person person : in) {
      Standing standing = standings.get(person.id());
      rows.add(
          new RoundRepository.Row(
              person.id(),
              budgetOf.apply(person),
              standing == null ? null : standing.subLevel(),
              null,
              null,
              null,
              false,
              0));
    }
    BudgetRule inCurrency =
        budget.amount() == null
            ? budget
            : new BudgetRule(
                null, new org.rungs.progression.pay.Money(currency, budget.amount().amount()));
    long id =
        rounds.open(
            name,
            opening.effectiveFrom(),
            currency,
            opening.scope(),
            inCurrency,
            opening.matrix(),
            actorId,
            rows);
    audit.record(actorId, "pay-round", String.valueOf(id), "opened", null, name);
    return Result.done(require(id));
  }

  /** The round as {@code viewer} may see it; an admin's look is audited as a read of pay. */
  RoundView view(Person viewer, long roundId) {
    PayRound round = require(roundId);
    // A manager sees no salary, but the round is priced from them: without the pay key there is
    // nothing to show anyone (a 409 that says so, not a server error).
    payAccess.requireOn();
    RoundPricing.Priced priced = pricing.of(round);
    Set<Long> seen = seenBy(viewer);
    Map<String, List<ReviewProposals.Outlier>> outliers =
        ReviewProposals.outliers(priced.proposals(), TOLERANCE).stream()
            .collect(Collectors.groupingBy(ReviewProposals.Outlier::personId));
    List<RoundView.Line> lines = new ArrayList<>();
    for (Proposal proposal : priced.proposals()) {
      long id = Long.parseLong(proposal.personId());
      if (!viewer.isAdmin() && !seen.contains(id)) {
        continue;
      }
      lines.add(
          new RoundView.Line(
              priced.people().get(id),
              proposal,
              budgetName(proposal.budget(), priced.people()),
              priced.rows().get(id).version(),
              outliers.getOrDefault(proposal.personId(), List.of()).stream()
                  .filter(o -> viewer.isAdmin() || !PAY_OUTLIERS.contains(o.kind()))
                  .toList()));
    }
    lines.sort(Comparator.comparing(line -> line.person().name()));
    Set<String> theirBudgets = new HashSet<>();
    lines.forEach(line -> theirBudgets.add(line.proposal().budget()));
    List<RoundView.Budget> budgets = new ArrayList<>();
    for (BudgetUse use : priced.uses()) {
      if (viewer.isAdmin() || theirBudgets.contains(use.budget())) {
        budgets.add(
            new RoundView.Budget(use.budget(), budgetName(use.budget(), priced.people()), use));
      }
    }
    if (viewer.isAdmin() && !lines.isEmpty()) {
      audit.record(
          viewer.id(), "pay", "round/" + roundId, "read", null, lines.size() + " people's pay");
    }
    return new RoundView(round, viewer.isAdmin(), lines, budgets);
  }

  /** Sets one raise; a manager may not take their budget over it. */
  @Transactional
  Optional<Refusal> adjust(
      Person viewer, long roundId, long personId, BigDecimal percent, String reason, int version) {
    payAccess.requireOn();
    PayRound round = require(roundId);
    Person person = access.require(viewer, personId);
    RoundRules.Decision decision =
        RoundRules.decide(
            actor(viewer), RoundAction.ADJUST, round.state(), String.valueOf(personId));
    if (!decision.allowed()) {
      return Optional.of(
          round.state() == RoundState.OPEN
              ? new Refusal.Forbidden(decision.reason())
              : new Refusal.Conflict(decision.reason()));
    }
    Optional<String> tooLong = TextField.RAISE_REASON.problem(reason);
    if (tooLong.isPresent()) {
      return Optional.of(Refusal.Invalid.of("reason", tooLong.get()));
    }
    if (percent == null) {
      return Optional.of(Refusal.Invalid.of("percent", "a raise is a number from 0 to 50"));
    }
    RoundPricing.Priced priced = pricing.of(round);
    RoundRepository.Row row = priced.rows().get(personId);
    if (row == null) {
      return Optional.of(new Refusal.NotFound(person.name() + " is not in this round"));
    }
    if (row.version() != version) {
      return Optional.of(stale());
    }
    Proposal before = priced.proposal(personId);
    Proposal after;
    try {
      after = ReviewProposals.adjust(before, percent, reason, String.valueOf(viewer.id()));
    } catch (IllegalArgumentException wrong) {
      String field = wrong.getMessage().endsWith("needs a reason") ? "reason" : "percent";
      return Optional.of(Refusal.Invalid.of(field, wrong.getMessage()));
    }
    if (!viewer.isAdmin() && after.cost().compareTo(before.cost()) > 0) {
      List<Proposal> changed =
          priced.proposals().stream().map(p -> p == before ? after : p).toList();
      BudgetUse use =
          ReviewProposals.budgetUse(
                  ReviewProposals.budgets(round.budget(), priced.proposals()).stream()
                      .filter(b -> b.budget().equals(after.budget()))
                      .toList(),
                  changed)
              .get(0);
      if (use.over()) {
        return Optional.of(
            Refusal.Invalid.of(
                "percent",
                "a raise of "
                    + percent.toPlainString()
                    + "% would use "
                    + use.percentUsed()
                    + "% of the budget: lower it, or another raise first"));
      }
    }
    if (!rounds.adjust(roundId, personId, percent, after.reason(), viewer.id(), version)) {
      return Optional.of(stale());
    }
    audit.record(
        viewer.id(),
        "pay-round",
        roundId + "/" + personId,
        "adjusted",
        before.percent().toPlainString() + "%",
        percent.toPlainString() + "%");
    return Optional.empty();
  }

  /** Approves one raise, which is then final. Admins only. */
  @Transactional
  Optional<Refusal> approve(Person admin, long roundId, long personId, int version) {
    Pay.requireAdmin(admin);
    PayRound round = require(roundId);
    access.require(admin, personId);
    RoundRules.Decision decision =
        RoundRules.decide(
            actor(admin), RoundAction.APPROVE, round.state(), String.valueOf(personId));
    if (!decision.allowed()) {
      return Optional.of(new Refusal.Conflict(decision.reason()));
    }
    if (!rounds.approve(roundId, personId, version)) {
      return Optional.of(stale());
    }
    audit.record(admin.id(), "pay-round", roundId + "/" + personId, "approved", null, null);
    return Optional.empty();
  }

  /** Approves every raise left, so the round waits only to be closed. Admins only. */
  @Transactional
  Optional<Refusal> approveAll(Person admin, long roundId, int version) {
    Pay.requireAdmin(admin);
    PayRound round = require(roundId);
    RoundRules.Decision decision =
        RoundRules.decide(actor(admin), RoundAction.APPROVE, round.state(), null);
    if (!decision.allowed()) {
      return Optional.of(new Refusal.Conflict(decision.reason()));
    }
    // Approving everything left must not approve the acting admin's own raise: nobody approves
    // their own, one by one or all at once.
    if (rounds.rows(roundId).stream()
        .anyMatch(row -> row.personId() == admin.id() && !row.approved())) {
      return Optional.of(
          new Refusal.Conflict(
              "your own raise is still to be approved, by another admin: nobody approves their"
                  + " own"));
    }
    if (!rounds.move(roundId, RoundState.APPROVED, version)) {
      return Optional.of(stale());
    }
    rounds.approveAll(roundId);
    audit.record(admin.id(), "pay-round", String.valueOf(roundId), "approved", null, null);
    return Optional.empty();
  }

  /** Closes the round: each approved raise becomes pay history from the round's date. */
  @Transactional
  Optional<Refusal> close(Person admin, long roundId, int version) {
    Pay.requireAdmin(admin);
    payAccess.requireOn();
    PayRound round = require(roundId);
    RoundRules.Decision decision =
        RoundRules.decide(actor(admin), RoundAction.CLOSE, round.state(), null);
    if (!decision.allowed()) {
      return Optional.of(new Refusal.Conflict(decision.reason()));
    }
    RoundPricing.Priced priced = pricing.of(round);
    Map<String, PayChange> changes =
        ReviewProposals.apply(
            round.state(), round.effectiveFrom(), priced.proposals(), priced.current());
    for (String id : changes.keySet()) {
      if (pay.hasChangeOn(Long.parseLong(id), round.effectiveFrom())) {
        return Optional.of(
            new Refusal.Conflict(
                priced.people().get(Long.parseLong(id)).name()
                    + " already has a pay change on "
                    + round.effectiveFrom()
                    + ": correct it, or leave their raise unapproved"));
      }
    }
    if (!rounds.move(roundId, RoundState.CLOSED, version)) {
      return Optional.of(stale());
    }
    changes.forEach((id, change) -> pay.addChange(Long.parseLong(id), change, roundId, admin.id()));
    audit.record(
        admin.id(),
        "pay-round",
        String.valueOf(roundId),
        "closed",
        null,
        changes.size() + " raises added to pay history");
    return Optional.empty();
  }

  private static Refusal stale() {
    return new Refusal.Conflict(
        "someone changed this round since you loaded it: load it again to see the change");
  }

  private RoundRules.Actor actor(Person viewer) {
    Set<String> organisation = new HashSet<>();
    for (long id : seenBy(viewer)) {
      organisation.add(String.valueOf(id));
    }
    return new RoundRules.Actor(String.valueOf(viewer.id()), viewer.isAdmin(), organisation);
  }

  /** Everyone {@code viewer} may see but themselves: their organisation, or all for admins. */
  private Set<Long> seenBy(Person viewer) {
    Set<Long> seen = new HashSet<>();
    access.visibleTo(viewer).stream()
        .filter(p -> p.id() != viewer.id())
        .forEach(p -> seen.add(p.id()));
    return seen;
  }

  private String budgetName(String budget, Map<Long, Person> named) {
    if (budget.equals(ORGANISATION)) {
      return "The organisation";
    }
    if (budget.equals(EVERYONE_ELSE)) {
      return "Everyone else";
    }
    Person head = named.get(Long.parseLong(budget));
    if (head == null) {
      head = people.find(Long.parseLong(budget)).orElse(null);
    }
    return head == null ? "A former manager's organisation" : head.name() + "'s organisation";
  }
}
