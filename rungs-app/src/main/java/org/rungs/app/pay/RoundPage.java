package org.rungs.app.pay;

import org.rungs.app.web.Chrome;
import org.rungs.app.web.Csrf;

/**
 * One pay review round's page.
 *
 * @param message what happened to the last thing sent, or {@code null}
 * @param refused whether that was refused, to show it as a problem
 * @param personId whose raise the message is about, or 0 for the round
 * @param viewerId who looks: nobody sets or approves their own raise
 */
public record RoundPage(
    Chrome chrome,
    Csrf csrf,
    RoundView view,
    String message,
    boolean refused,
    long personId,
    long viewerId) {}
