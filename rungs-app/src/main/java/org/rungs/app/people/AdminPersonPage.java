package org.rungs.app.people;

import java.util.List;
import java.util.Map;
import org.rungs.app.web.Chrome;
import org.rungs.app.web.Csrf;

/**
 * An admin's page of one person (or of a person to add, when {@code person} is null): the form with
 * what was typed, why it was refused if it was, the promotion form, deactivation and the level
 * history.
 *
 * @param managerEmail the manager's email as typed
 * @param refusal why the last form was refused, or {@code null}
 * @param errors the refusal's errors by field
 * @param done what was just done, in words, or {@code null}
 */
public record AdminPersonPage(
    Chrome chrome,
    Person person,
    PersonForm form,
    String managerEmail,
    int version,
    boolean deactivated,
    List<LevelChange> levels,
    List<String> frameworks,
    String refusal,
    Map<String, String> errors,
    String done,
    Csrf csrf) {

  public String error(String field) {
    return errors.get(field);
  }

  public boolean isNew() {
    return person == null;
  }
}
