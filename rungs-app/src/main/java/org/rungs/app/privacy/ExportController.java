package org.rungs.app.privacy;

import org.rungs.app.people.Person;
import org.rungs.app.people.PersonAccess;
import org.rungs.app.system.Refusal;
import org.rungs.app.system.Refused;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person downloads everything Rungs holds about them; admins download anyone's. Their managers
 * see their records but may not take them away in bulk: a 403; anyone else gets the usual 404.
 */
@RestController
class ExportController {

  private final PersonAccess access;
  private final PersonalDataExport export;

  ExportController(PersonAccess access, PersonalDataExport export) {
    this.access = access;
    this.export = export;
  }

  @GetMapping("/me/export")
  ResponseEntity<byte[]> mine(Authentication authentication) {
    Person viewer = access.viewer(authentication);
    return zip(viewer, viewer);
  }

  @GetMapping("/people/{id}/export")
  ResponseEntity<byte[]> theirs(@PathVariable long id, Authentication authentication) {
    Person viewer = access.viewer(authentication);
    Person person = access.require(viewer, id);
    if (viewer.id() != person.id() && !viewer.isAdmin()) {
      throw new Refused(
          new Refusal.Forbidden(
              "only " + person.name() + " and admins may download their personal data"));
    }
    return zip(viewer, person);
  }

  private ResponseEntity<byte[]> zip(Person viewer, Person person) {
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .contentType(MediaType.parseMediaType("application/zip"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("rungs-personal-data-" + person.id() + ".zip")
                .build()
                .toString())
        .body(export.zip(person, viewer.id()));
  }
}
