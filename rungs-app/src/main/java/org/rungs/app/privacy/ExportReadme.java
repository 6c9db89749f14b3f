package org.rungs.app.privacy;

/** The README inside every export: what each file holds and how the JSON is laid out. */
final class ExportReadme {
  private ExportReadme() {}

  static String text(long personId) {
    return """
        Personal data held by Rungs about person %d
        ===========================================

        personal-data.json   everything, complete and machine-readable (UTF-8 JSON)
        summary.html         the same, to read in a browser
        README.txt           this file

        personal-data.json is one object:

          format       "%s": the layout described here
          personId     the person's number in Rungs
          exportedAt   when this export was made (ISO-8601, UTC)
          parts        one object per part of Rungs that holds personal data:
                         people       profile, manager, badges, api-tokens (names and dates, never
                                      the secrets), sessions (dates and browser)
                         assessments  every criterion assessed: the person's, the manager's and
                                      the agreed status, each with its note
                         evidence     evidence, and the criteria each piece shows
                         check-ins    check-ins, agreements, focus criteria and confirmations
                         audit        changes to the person's record, and changes they made
                         pay          pay-changes (figures opened), pay-sex, pay-bands-added,
                                      pay-review-raises (closed rounds), pay-review-raises-set,
                                      pay-reviews-opened
                         notifications  notification-preferences (never the webhook),
                                      notifications sent or waiting
                         reminders    overdue-reminders sent to the person
                         feedback     feedback-written, feedback-supported, feedback-decided
                       and any part added later in the same shape. people also holds
                       level-history (each level held, from when, with its note).

        Each part is an object of sections; each section is a list of rows; each row is an object
        from column name to value. Times are ISO-8601 in UTC, days are YYYY-MM-DD, people are
        named by their number (personId, manager_id, updated_by, actor_id, ...).
        """
        .formatted(personId, PersonalDataExport.FORMAT);
  }
}
