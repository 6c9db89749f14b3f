package org.rungs.app.evidence;

import java.time.LocalDate;
import java.util.List;

/**
 * Something a person did that shows one or more criteria: a note and/or a link, with the day it
 * happened.
 */
public record Evidence(
    long id,
    long personId,
    String note,
    String link,
    LocalDate happenedOn,
    List<String> criterionIds,
    Long createdBy) {

  public Evidence {
    criterionIds = List.copyOf(criterionIds);
  }
}
