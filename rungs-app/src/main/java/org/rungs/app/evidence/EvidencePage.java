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
    String preselected) {
  /** A criterion that evidence can be about, with its level. */
  public record Choice(Criterion criterion, int level) {}
}
