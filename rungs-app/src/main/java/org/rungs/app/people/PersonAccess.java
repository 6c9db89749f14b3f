package org.rungs.app.people;

import java.util.List;
import java.util.Optional;
import org.rungs.app.system.Refusal;
import org.rungs.app.system.Refused;
import org.rungs.progression.Party;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Whose records a signed-in person may see: their own; their reports', directly and through their
 * reports' managers; everyone's for admins. Anything else is answered as if it did not exist, so
 * ids cannot be probed.
 */
@Component
public class PersonAccess {

  private final PersonRepository people;

  public PersonAccess(PersonRepository people) {
    this.people = people;
  }

  /** The signed-in person. */
  public Person viewer(Authentication authentication) {
    return people
        .findByEmail(authentication.getName())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "signed in as an unknown person: " + authentication.getName()));
  }

  /** The person with {@code id}, if {@code viewer} may see them. */
  private Optional<Person> visible(Person viewer, long id) {
    if (viewer.id() == id) {
      return Optional.of(viewer);
    }
    if (viewer.isAdmin() || people.manages(viewer.id(), id)) {
      return people.findById(id);
    }
    return Optional.empty();
  }

  /**
   * The person with {@code id}, if {@code viewer} may see them; otherwise refused as not found, the
   * same for a person who exists as for one who does not. The one way handlers resolve the person a
   * request is about.
   *
   * @throws Refused with {@link Refusal.NotFound}, answered as a 404 page or problem
   */
  public Person require(Person viewer, long id) {
    return visible(viewer, id)
        .orElseThrow(
            () ->
                new Refused(
                    new Refusal.NotFound("there is no person " + id + " that you can see")));
  }

  /** Whether {@code viewer} manages {@code person} (admins count as managing everyone). */
  public boolean managesOrAdministers(Person viewer, Person person) {
    return viewer.id() != person.id()
        && (viewer.isAdmin() || people.manages(viewer.id(), person.id()));
  }

  /** Who {@code actor} is to {@code person}: the person, a manager (admins count), or neither. */
  public Party partyOf(Person actor, Person person) {
    if (actor.id() == person.id()) {
      return Party.PERSON;
    }
    return managesOrAdministers(actor, person) ? Party.MANAGER : Party.OTHER;
  }

  /**
   * Who {@code actor} is to {@code person} when taking a step of a check-in: the person, their own
   * manager (or an admin, who can stand in for one), or neither. A manager further up the line sees
   * the check-in but does not take its steps: the conversation is between the person and the
   * manager they report to.
   */
  public Party checkInPartyOf(Person actor, Person person) {
    if (actor.id() == person.id()) {
      return Party.PERSON;
    }
    return actor.isAdmin() || Long.valueOf(actor.id()).equals(person.managerId())
        ? Party.MANAGER
        : Party.OTHER;
  }

  /** Everyone {@code viewer} may see: themselves and their reports, or everyone for admins. */
  public List<Person> visibleTo(Person viewer) {
    if (viewer.isAdmin()) {
      return people.findAll();
    }
    List<Person> visible = new java.util.ArrayList<>();
    visible.add(viewer);
    visible.addAll(people.findReportsOf(viewer.id()));
    return visible;
  }
}
