package org.rungs.app.people;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A level a person held in a framework from a day on: one entry of their level history, written by
 * a promotion or an admin's edit of their level.
 *
 * @param recordedBy the name of who recorded it, or {@code null} for the command line
 * @param note why, in the words of who recorded it, or {@code null}
 */
public record LevelChange(
    String framework,
    int level,
    LocalDate since,
    OffsetDateTime recordedAt,
    String recordedBy,
    String note) {}
