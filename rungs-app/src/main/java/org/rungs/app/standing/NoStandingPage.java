package org.rungs.app.standing;

import org.rungs.app.people.Person;
import org.rungs.app.web.Chrome;

/** A person without a framework and level yet. */
public record NoStandingPage(Chrome chrome, Person person, Person viewer, String reason) {
  public boolean ownPage() {
    return person.id() == viewer.id();
  }
}
