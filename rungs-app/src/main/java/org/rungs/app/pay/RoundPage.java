package org.rungs.app.pay;

import org.rungs.app.web.Chrome;
import org.rungs.app.web.Csrf;

/**
 * One pay review round's page.
 *
 * @param message what happened to the last thing sent, or {@code null}
 * @param personId whose raise the message is about, or 0 for the round
 * @param viewerId who looks: nobody sets or approves their own raise
 * @param typedPercent what was typed into the refused raise's form, to show it again; or null
 * @param typedReason likewise its reason
 */
public record RoundPage(
    Chrome chrome,
    Csrf csrf,
    RoundView view,
    String message,
    long personId,
    long viewerId,
    String typedPercent,
    String typedReason) {

  /** The raise to show in {@code line}'s form: what was typed if it was refused, else stored. */
  public String percentIn(RoundView.Line line) {
    return typedPercent != null && line.person().id() == personId
        ? typedPercent
        : line.proposal().percent().toPlainString();
  }

  public String reasonIn(RoundView.Line line) {
    return typedPercent != null && line.person().id() == personId
        ? typedReason
        : line.proposal().reason();
  }
}
