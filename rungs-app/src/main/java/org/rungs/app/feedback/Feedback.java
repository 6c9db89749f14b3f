package org.rungs.app.feedback;

import java.time.Instant;

/**
 * One piece of feedback as a reader may see it.
 *
 * @param criterionId the criterion it is about, or {@code null} for the framework as a whole
 * @param authorId the author's person id, or 0 when their name is not shown
 * @param author the author's name, or {@code null} when they chose to be anonymous and the reader
 *     is not an admin
 * @param supporters how many people support it, its author included
 * @param reply the owner's answer or reason for rejecting, or {@code null}
 */
public record Feedback(
    long id,
    String framework,
    String criterionId,
    FeedbackKind kind,
    String text,
    long authorId,
    String author,
    boolean anonymous,
    Status status,
    String reply,
    int supporters,
    boolean supportedByReader,
    boolean hasPatch,
    Instant createdAt,
    int version) {

  /** Where it is in an owner's hands. */
  public enum Status {
    OPEN,
    ACCEPTED,
    REJECTED,
    ANSWERED;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A criterion's page, or the framework's feedback page: where this feedback is shown. */
  public String link() {
    return criterionId == null
        ? "/feedback/framework/?path=" + framework
        : "/feedback/criteria/" + criterionId + "/";
  }
}
