package org.rungs.app.people;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.rungs.app.system.Viewers;
import org.rungs.app.web.Viewer;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in person of a request, for the error pages' top bar. */
@Component
class PersonViewers implements Viewers {

  private final PersonRepository people;

  PersonViewers(PersonRepository people) {
    this.people = people;
  }

  @Override
  public Optional<Viewer> of(HttpServletRequest request) {
    Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
    if (signedIn == null
        || signedIn instanceof AnonymousAuthenticationToken
        || !signedIn.isAuthenticated()) {
      return Optional.empty();
    }
    return people.findByEmail(signedIn.getName()).map(PersonViewer::of);
  }
}
