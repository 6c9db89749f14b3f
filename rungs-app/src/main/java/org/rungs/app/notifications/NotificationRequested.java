package org.rungs.app.notifications;

import java.util.Objects;

/**
 * A message for one person, as another feature asks for it: publish it as an application event (or
 * pass it to {@link Notifications#send}) inside the transaction of the change it is about; it is
 * written to the outbox in that transaction and sent, by each channel the person keeps on, after
 * the commit. Nothing is sent for a change that rolls back.
 *
 * <pre>{@code
 * events.publishEvent(new NotificationRequested(
 *     pat.id(), NotificationKind.AGREEMENT_TO_CONFIRM,
 *     "Confirm your check-in agreement", "Mia recorded ...", "/people/7/check-ins/"));
 * }</pre>
 *
 * @param personId who receives it
 * @param subject one line, plain text (the email's subject, the Slack message's first line)
 * @param text plain text, escaped for the HTML part; only what the recipient may see
 * @param link a path inside Rungs ({@code /people/7/check-ins/}), made absolute with {@code
 *     rungs.public-url}, or {@code null}
 */
public record NotificationRequested(
    long personId, NotificationKind kind, String subject, String text, String link) {

  public NotificationRequested {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    if (link != null && !link.startsWith("/")) {
      throw new IllegalArgumentException("a link is a path inside Rungs, not " + link);
    }
    subject = subject.length() > 300 ? subject.substring(0, 299) + "…" : subject;
    text = text.length() > 4000 ? text.substring(0, 3999) + "…" : text;
  }
}
