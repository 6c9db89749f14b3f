package org.rungs.app.people;

import org.rungs.app.web.Viewer;

/**
 * A person as the top bar of their pages shows them. The adapter lives here, at the edge, so that
 * {@link Person} stays a plain domain record and the web kit knows nothing of people.
 */
public final class PersonViewer {
  private PersonViewer() {}

  public static Viewer of(Person person) {
    return new Viewer(person.name(), person.isAdmin());
  }
}
