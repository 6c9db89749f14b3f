package org.rungs.app.people;

import org.rungs.progression.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * On the first start of a new database, makes the first admin and prints their one-time password
 * once, where whoever started Rungs sees it. Later starts print nothing.
 */
@Component
@ConditionalOnWebApplication
class FirstAdmin implements ApplicationRunner {

  static final String EMAIL = "admin@localhost";

  private final PersonRepository people;
  private final Accounts accounts;

  FirstAdmin(PersonRepository people, Accounts accounts) {
    this.people = people;
    this.accounts = accounts;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (people.anyAdmin()) {
      return;
    }
    Accounts.NewAccount admin = accounts.addOrReset(EMAIL, "Administrator", Role.ADMIN);
    System.out.printf(
        "%nFirst start: sign in at /login as %s with this one-time password"
            + " (you then choose your own):%n%n    %s%n%n"
            + "Add people with `rungs people import people.csv` or `rungs users add EMAIL --name NAME`.%n%n",
        admin.person().email(), admin.oneTimePassword());
  }
}
