package org.rungs.app.pay;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rungs.app.people.Person;

/**
 * Whose budget each person's raise is paid from: the organisation's, or their top manager's. The
 * top managers are the managers reporting to the head of everyone, or the heads themselves when the
 * organisation has several; a person's budget is that of the nearest top manager above them, and
 * everyone under none (the heads, the top managers themselves) shares one more budget.
 */
final class RoundBudgets {

  private RoundBudgets() {}

  /** Each person's budget under {@code scope}, as a function of the person. */
  static Function<Person, String> of(PayRound.BudgetScope scope, List<Person> everyone) {
    if (scope == PayRound.BudgetScope.ORGANISATION) {
      return person -> PayReviews.ORGANISATION;
    }
    Map<Long, Person> byId = new HashMap<>();
    everyone.forEach(p -> byId.put(p.id(), p));
    Set<Long> managers = new HashSet<>();
    everyone.stream()
        .map(Person::managerId)
        .filter(java.util.Objects::nonNull)
        .forEach(managers::add);
    List<Long> heads =
        managers.stream()
            .filter(id -> byId.containsKey(id) && byId.get(id).managerId() == null)
            .toList();
    // One head of everyone: the managers reporting to them are the top managers.
    Set<Long> top =
        heads.size() == 1
            ? managers.stream()
                .filter(id -> byId.containsKey(id) && heads.get(0).equals(byId.get(id).managerId()))
                .collect(Collectors.toSet())
            : Set.copyOf(heads);
    return person -> {
      Long up = person.managerId();
      for (int depth = 0; up != null && depth < 100; depth++) {
        if (top.contains(up)) {
          return String.valueOf(up);
        }
        Person manager = byId.get(up);
        up = manager == null ? null : manager.managerId();
      }
      return PayReviews.EVERYONE_ELSE;
    };
  }
}
