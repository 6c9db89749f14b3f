package org.rungs.app.privacy;

import java.util.Map;
import org.rungs.app.people.Leavers;
import org.rungs.app.web.Chrome;
import org.rungs.app.web.Csrf;

/**
 * The page where an admin erases one person: what will happen, whether they have left, and the
 * confirmation (twice for a person still active), with what went wrong and what was typed when a
 * post is refused.
 */
public record ErasurePage(
    Chrome chrome,
    Leavers.Standing standing,
    Map<String, String> errors,
    String typedEmail,
    Csrf csrf) {

  public boolean needsEmail() {
    return !standing.hasLeft();
  }
}
