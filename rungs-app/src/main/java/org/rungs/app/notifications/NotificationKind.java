package org.rungs.app.notifications;

/** What a notification is about; the subject line's opening words and the log's name for it. */
public enum NotificationKind {
  /** A check-in step is waiting for the recipient. */
  STEP_WAITING,
  /** The recipient's manager recorded an agreement for them to confirm or dispute. */
  AGREEMENT_TO_CONFIRM,
  /** A report disputed the agreement the recipient recorded. */
  DISPUTE,
  /** A check-in is overdue under the organisation's cadence. */
  CHECK_IN_OVERDUE,
  /** Anything else another feature wants to tell someone (e.g. feedback on a framework). */
  MESSAGE
}
