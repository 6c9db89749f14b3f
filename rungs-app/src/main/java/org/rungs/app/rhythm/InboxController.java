package org.rungs.app.rhythm;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.rungs.app.people.Person;
import org.rungs.app.people.PersonAccess;
import org.rungs.app.people.PersonViewer;
import org.rungs.app.system.HtmlPages;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /me/inbox/}, and {@code /me/start}, where sign-in lands: the inbox if anything waits,
 * otherwise where the person stands.
 */
@RestController
class InboxController {

  private final PersonAccess access;
  private final Inbox inbox;
  private final HtmlPages pages;

  InboxController(PersonAccess access, Inbox inbox, HtmlPages pages) {
    this.access = access;
    this.inbox = inbox;
    this.pages = pages;
  }

  @GetMapping("/me/start")
  ResponseEntity<String> start(Authentication authentication) {
    Person me = access.viewer(authentication);
    return HtmlPages.seeOther(inbox.of(me).isEmpty() ? "/me/" : "/me/inbox/");
  }

  @GetMapping("/me/inbox")
  ResponseEntity<String> inboxFolder() {
    return HtmlPages.seeOther("/me/inbox/");
  }

  @GetMapping("/me/inbox/")
  ResponseEntity<String> inbox(Authentication authentication, HttpServletRequest request) {
    Person me = access.viewer(authentication);
    List<Waiting> waiting = inbox.of(me);
    return pages.render(
        "rhythm/inbox.jte",
        new InboxPage(
            pages.chrome("Waiting for me", "/me/inbox/", PersonViewer.of(me), request),
            me.id(),
            waiting),
        HttpStatus.OK);
  }
}
