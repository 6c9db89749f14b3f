package org.rungs.app.notifications;

import jakarta.servlet.http.HttpServletRequest;
import org.rungs.app.people.Person;
import org.rungs.app.people.PersonAccess;
import org.rungs.app.people.PersonViewer;
import org.rungs.app.system.HtmlPages;
import org.rungs.app.web.Csrf;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /me/notifications}: which channels the signed-in person keeps on. */
@RestController
class PreferencesController {

  private static final String URL = "/me/notifications";

  private final PersonAccess access;
  private final NotificationRepository repository;
  private final NotificationSettings settings;
  private final HtmlPages pages;

  PreferencesController(
      PersonAccess access,
      NotificationRepository repository,
      NotificationSettings settings,
      HtmlPages pages) {
    this.access = access;
    this.repository = repository;
    this.settings = settings;
    this.pages = pages;
  }

  @GetMapping(URL)
  ResponseEntity<String> show(Authentication authentication, HttpServletRequest request) {
    Person me = access.viewer(authentication);
    String notice = request.getParameter("saved") != null ? "Your choices are saved." : null;
    return page(me, repository.preferences(me.id()), null, notice, HttpStatus.OK, request);
  }

  @PostMapping(URL)
  ResponseEntity<String> save(
      @RequestParam(name = "email", required = false) String email,
      @RequestParam(name = "slack", required = false) String slack,
      @RequestParam(name = "slackWebhook", required = false) String webhook,
      @RequestParam(name = "version", defaultValue = "0") int version,
      Authentication authentication,
      HttpServletRequest request) {
    Person me = access.viewer(authentication);
    String url = webhook == null || webhook.isBlank() ? null : webhook.strip();
    Preferences chosen = new Preferences(email != null, slack != null, url, version);
    String problem = problem(chosen);
    if (problem != null) {
      return page(me, chosen, problem, null, HttpStatus.BAD_REQUEST, request);
    }
    if (!repository.save(me.id(), chosen, version)) {
      return page(
          me,
          chosen,
          "Your choices were changed elsewhere since you opened this page; what is saved is"
              + " not what you see. Reload, then choose again.",
          null,
          HttpStatus.CONFLICT,
          request);
    }
    return HtmlPages.seeOther(URL + "?saved");
  }

  private String problem(Preferences chosen) {
    String url = chosen.slackWebhook();
    if (url == null) {
      return chosen.slack() ? "Give your Slack webhook to receive messages in Slack." : null;
    }
    if (url.length() > 500 || url.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
      return "The Slack webhook is an address of at most 500 characters, without spaces.";
    }
    if (!url.startsWith(settings.slackWebhookPrefix())) {
      return "The Slack webhook must start with " + settings.slackWebhookPrefix() + ".";
    }
    return null;
  }

  private ResponseEntity<String> page(
      Person me,
      Preferences preferences,
      String error,
      String notice,
      HttpStatus status,
      HttpServletRequest request) {
    return pages.render(
        "notifications/preferences.jte",
        new PreferencesPage(
            pages.chrome("Notifications", "/me/", PersonViewer.of(me), request),
            Csrf.of(request),
            preferences,
            settings.slackWebhookPrefix(),
            error,
            notice),
        status);
  }
}
