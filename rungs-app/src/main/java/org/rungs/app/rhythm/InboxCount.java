package org.rungs.app.rhythm;

import jakarta.servlet.http.HttpServletRequest;
import org.rungs.app.people.People;
import org.rungs.app.system.WaitingCount;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The number beside "Waiting for me" in the top bar: the length of the signed-in person's {@link
 * Inbox}, asked for each page made for them (and for the account links of the shared framework
 * pages, which stay the same for everyone). A handful of queries whatever the team's size.
 */
@Component
class InboxCount implements WaitingCount {

  private final People people;
  private final Inbox inbox;

  InboxCount(People people, Inbox inbox) {
    this.people = people;
    this.inbox = inbox;
  }

  @Override
  public int of(HttpServletRequest request) {
    Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
    if (signedIn == null
        || signedIn instanceof AnonymousAuthenticationToken
        || !signedIn.isAuthenticated()) {
      return 0;
    }
    return people.byEmail(signedIn.getName()).map(person -> inbox.of(person).size()).orElse(0);
  }
}
