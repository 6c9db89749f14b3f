package org.rungs.app.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.rungs.app.demo.DemoOrganisation.Login;
import org.rungs.app.demo.DemoOrganisation.Planned;
import org.rungs.app.people.Accounts;
import org.rungs.progression.Role;

/**
 * The accounts to try the demo with, one per point of view: the admin, a manager of managers, a
 * manager and one of their reports, each with a one-time password.
 */
final class DemoLogins {
  private final Accounts accounts;

  DemoLogins(Accounts accounts) {
    this.accounts = accounts;
  }

  /** The admin, and a manager of managers, a manager and one of their reports to sign in as. */
  List<Login> make(List<Planned> planned) {
    List<Login> logins = new ArrayList<>();
    Accounts.NewAccount admin =
        accounts.addOrReset(DemoOrganisation.ADMIN_EMAIL, "Demo Admin", Role.ADMIN);
    logins.add(
        new Login(
            "admin", admin.person().name(), DemoOrganisation.ADMIN_EMAIL, admin.oneTimePassword()));
    Map<Long, List<Planned>> reports = new HashMap<>();
    for (Planned person : planned) {
      if (person.managerId() != null) {
        reports.computeIfAbsent(person.managerId(), k -> new ArrayList<>()).add(person);
      }
    }
    // The first manager of a team (not of managers) under someone else, in the head's discipline
    // if there is one; failing that, anyone with reports.
    String first = planned.get(0).framework();
    Predicate<Planned> teamManager =
        p ->
            p.managerId() != null
                && reports.containsKey(p.id())
                && reports.get(p.id()).stream().noneMatch(r -> reports.containsKey(r.id()));
    Optional<Planned> manager =
        planned.stream()
            .filter(teamManager.and(p -> p.framework().equals(first)))
            .findFirst()
            .or(() -> planned.stream().filter(teamManager).findFirst())
            .or(() -> planned.stream().filter(p -> reports.containsKey(p.id())).findFirst());
    List<Planned> chosen = new ArrayList<>();
    List<String> roles = new ArrayList<>();
    if (manager.isEmpty()) {
      chosen.add(planned.get(0));
      roles.add("member");
    } else {
      Planned m = manager.get();
      if (m.managerId() != null) {
        chosen.add(planned.get((int) (m.managerId() - 1)));
        roles.add("manager of managers");
      }
      chosen.add(m);
      roles.add("manager");
      List<Planned> team = reports.get(m.id());
      chosen.add(
          team.stream()
              .filter(p -> p.targetLevel() != null && !reports.containsKey(p.id()))
              .findFirst()
              .orElse(team.get(0)));
      roles.add("member");
    }
    for (int i = 0; i < chosen.size(); i++) {
      Planned person = chosen.get(i);
      Accounts.NewAccount account = accounts.addOrReset(person.email(), null, Role.MEMBER);
      logins.add(new Login(roles.get(i), person.name(), person.email(), account.oneTimePassword()));
    }
    return logins;
  }
}
