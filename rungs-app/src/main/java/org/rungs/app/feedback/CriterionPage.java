package org.rungs.app.feedback;

import java.util.List;
import java.util.Map;
import org.rungs.app.web.Chrome;
import org.rungs.app.web.Csrf;
import org.rungs.framework.Criterion;

/**
 * A criterion's permanent page (or, with no criterion, a framework's feedback page): its examples,
 * its discussion, how many people have shown it at each level, and a form to give feedback.
 *
 * @param criterion null on a framework's page
 * @param shownAtLevel by the level people are at: how many demonstrated it, in words ("12", or
 *     "fewer than 5" so that nobody can be picked out)
 */
public record CriterionPage(
    Chrome chrome,
    String framework,
    String frameworkTitle,
    Criterion criterion,
    String topic,
    int level,
    List<String> owners,
    Map<Integer, String> shownAtLevel,
    List<Feedback> discussion,
    boolean mayDecide,
    String url,
    Map<String, String> errors,
    Map<String, String> typed,
    Csrf csrf) {

  public String typed(String field) {
    return typed.getOrDefault(field, "");
  }

  /** The kinds of feedback this page offers. */
  public List<FeedbackKind> kinds() {
    return criterion == null
        ? List.of(FeedbackKind.COMMENT, FeedbackKind.QUESTION)
        : List.of(FeedbackKind.values());
  }
}
