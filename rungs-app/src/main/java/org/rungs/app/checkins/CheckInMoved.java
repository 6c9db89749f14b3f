package org.rungs.app.checkins;

import org.rungs.progression.CheckInStep;

/**
 * Published inside the transaction whenever a check-in changes: started, moved on a step, agreed,
 * or answered by the person ({@code to} is then {@link CheckInStep#AGREED} with {@code answer}).
 * Listeners that write (e.g. notifications to their outbox) do so atomically with the change.
 *
 * @param answer {@code null} unless the person confirmed or disputed the agreement
 */
public record CheckInMoved(
    long checkInId,
    long personId,
    long actorId,
    CheckInStep from,
    CheckInStep to,
    CheckIn.Confirmation answer) {}
