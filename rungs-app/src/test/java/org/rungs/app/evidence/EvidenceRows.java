package org.rungs.app.evidence;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes and reads evidence straight from the database, for tests of other features. */
public final class EvidenceRows {

  private final EvidenceRepository evidence;

  public EvidenceRows(JdbcClient jdbc) {
    this.evidence = new EvidenceRepository(jdbc);
  }

  public long insert(
      long personId,
      String note,
      String link,
      LocalDate happenedOn,
      List<String> criteria,
      long actorId) {
    return evidence.insert(personId, note, link, happenedOn, criteria, actorId);
  }

  public List<Evidence> findByPerson(long personId, int limit) {
    return evidence.findByPerson(personId, limit);
  }
}
