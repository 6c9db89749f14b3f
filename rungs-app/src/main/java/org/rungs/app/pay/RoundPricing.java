package org.rungs.app.pay;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rungs.app.people.People;
import org.rungs.app.people.Person;
import org.rungs.progression.pay.PayChange;
import org.rungs.progression.pay.PayHistory;
import org.rungs.progression.pay.Proposal;
import org.rungs.progression.pay.ReviewProposals;
import org.rungs.progression.pay.ReviewProposals.BudgetUse;
import org.rungs.progression.pay.SalaryBand;
import org.springframework.stereotype.Component;

/**
 * A round's raises in money: each person's pay the day before the round's date, opened from the
 * sealed pay history, the band in force then, the merit matrix's suggestion for their sub-level
 * fixed at opening, and the percent, reason and approval stored since. What it gives is for admins'
 * eyes; {@link PayReviews} hands managers percents only.
 */
@Component
class RoundPricing {

  private final RoundRepository rounds;
  private final PayRepository pay;
  private final PayBands bands;
  private final People people;

  RoundPricing(RoundRepository rounds, PayRepository pay, PayBands bands, People people) {
    this.rounds = rounds;
    this.pay = pay;
    this.bands = bands;
    this.people = people;
  }

  /** A round's proposals priced from the pay history, with what they are made from. */
  record Priced(
      Map<Long, RoundRepository.Row> rows,
      Map<Long, Person> people,
      List<Proposal> proposals,
      Map<String, PayChange> current,
      List<BudgetUse> uses) {

    Proposal proposal(long personId) {
      String id = String.valueOf(personId);
      return proposals.stream().filter(p -> p.personId().equals(id)).findFirst().orElseThrow();
    }
  }

  Priced of(PayRound round) {
    Map<Long, RoundRepository.Row> rows = new LinkedHashMap<>();
    rounds.rows(round.id()).forEach(row -> rows.put(row.personId(), row));
    Map<Long, Person> byId = new HashMap<>();
    people.everyone().forEach(p -> byId.put(p.id(), p));
    Map<Long, PayHistory> histories = pay.histories();
    PayBands.Current current = bands.current();
    List<ReviewProposals.Candidate> candidates = new ArrayList<>();
    Map<String, PayChange> before = new HashMap<>();
    for (RoundRepository.Row row : rows.values()) {
      Person person = byId.get(row.personId());
      PayHistory history = histories.get(row.personId());
      Optional<PayChange> paid =
          history == null
              ? Optional.empty()
              : history
                  .on(round.effectiveFrom().minusDays(1))
                  .filter(c -> c.baseSalary().currency().equals(round.currency()));
      if (person == null || paid.isEmpty()) {
        continue;
      }
      SalaryBand band =
          person.framework() == null || person.level() == null
              ? null
              : current
                  .bands()
                  .inForce(
                      person.framework(), person.level(), paid.get().zone(), round.effectiveFrom())
                  .filter(b -> b.currency().equals(round.currency()))
                  .orElse(null);
      String id = String.valueOf(row.personId());
      before.put(id, paid.get());
      candidates.add(
          new ReviewProposals.Candidate(id, row.budget(), paid.get(), band, row.subLevel()));
    }
    List<Proposal> proposals = new ArrayList<>();
    for (Proposal suggested :
        ReviewProposals.propose(candidates, round.matrix(), current.positions())) {
      RoundRepository.Row row = rows.get(Long.parseLong(suggested.personId()));
      proposals.add(
          ReviewProposals.restore(
              suggested,
              row.percent() == null ? suggested.suggestedPercent() : row.percent(),
              row.reason(),
              row.adjustedBy() == null ? null : String.valueOf(row.adjustedBy()),
              row.approved()));
    }
    // Once closed, only the approved raises were paid: the others were left out.
    List<Proposal> spent =
        round.state() == org.rungs.progression.pay.RoundState.CLOSED
            ? proposals.stream().filter(Proposal::approved).toList()
            : proposals;
    List<BudgetUse> uses =
        ReviewProposals.budgetUse(ReviewProposals.budgets(round.budget(), proposals), spent);
    return new Priced(rows, byId, proposals, before, uses);
  }
}
