package org.rungs.app.pay;

import org.rungs.app.people.Person;
import org.rungs.app.web.Chrome;
import org.rungs.progression.pay.WorkerInformation;

/**
 * "My pay": a person's pay placed in their band, its history, and what they are told under Art. 7
 * of the EU Pay Transparency Directive; for the person and admins only.
 *
 * @param information the Art. 7 information, or {@code null} without pay today
 * @param rounds the pay review round behind a change, by the change's date
 */
public record PayPage(
    Chrome chrome,
    Person person,
    MyPay pay,
    WorkerInformation information,
    boolean own,
    java.util.Map<java.time.LocalDate, String> rounds) {

  /** Why the pay changed, naming the round for a review, e.g. "review: Spring 2027". */
  public String reason(org.rungs.progression.pay.PayChange change) {
    String round = rounds.get(change.effectiveFrom());
    return change.reason().label() + (round == null ? "" : ": " + round);
  }
}
