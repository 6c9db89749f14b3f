package org.rungs.app.frameworks;

import java.util.List;

/**
 * Criteria of a framework that were reworded and now have new ids: each feature that stores
 * criterion ids moves its own rows from the old id to the new one. Published by {@link
 * CriterionCarryOver} inside the transaction that saves the framework's new snapshot, so a listener
 * that fails undoes the whole carry-over.
 *
 * @param framework the framework's path, such as {@code /engineering/backend}
 * @param moves the old id to new id pairs, in the order they were matched
 */
public record CriteriaCarriedOver(String framework, List<Move> moves) {

  public CriteriaCarriedOver {
    moves = List.copyOf(moves);
  }

  /** One criterion's old and new id, and why they were matched (for the audit trail). */
  public record Move(String from, String to, String reason) {}
}
