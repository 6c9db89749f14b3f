package org.rungs.app.evidence;

import java.util.List;
import java.util.Map;
import org.rungs.app.people.Person;
import org.rungs.app.web.Chrome;
import org.rungs.app.web.Csrf;
import org.rungs.framework.Criterion;

/** A person's evidence page: what they added, and a form to add more for the criteria shown. */
public record EvidencePage(
    Chrome chrome,
    Person person,
    List<Choice> choices,
    List<Evidence> evidence,
    Map<String, String> errors,
    Csrf csrf,
    Map<String, String> criterionTexts,
    String preselected,
    Map<String, List<String>> typed) {

  /** What was typed into a field of a refused form, so it is not lost; "" if nothing. */
  public String typed(String field) {
    List<String> values = typed.getOrDefault(field, List.of());
    return values.isEmpty() || values.get(0) == null ? "" : values.get(0);
  }

  /** Whether a criterion's box is ticked: as it was in a refused form, else if preselected. */
  public boolean ticked(String criterionId) {
    return typed.isEmpty()
        ? criterionId.equals(preselected)
        : typed.getOrDefault("criterionIds", List.of()).contains(criterionId);
  }

  /** A criterion that evidence can be about, with its level. */
  public record Choice(Criterion criterion, int level) {}

  /** The name a form field has on the page, for a refusal's field (e.g. "What it shows"). */
  public String label(String field) {
    return switch (field) {
      case "note" -> "What happened";
      case "link" -> "Link";
      case "happenedOn" -> "When";
      case "criterionIds" -> "What it shows";
      default -> field;
    };
  }
}
