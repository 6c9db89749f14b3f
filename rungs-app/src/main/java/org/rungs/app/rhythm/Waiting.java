package org.rungs.app.rhythm;

/**
 * One thing that waits for the signed-in person, as their inbox lists it.
 *
 * @param link the page where they do it
 * @param urgent overdue or disputed: shown first, and marked
 */
public record Waiting(String text, String link, boolean urgent) {}
