package org.rungs.progression.pay;

import java.util.Objects;
import org.rungs.framework.CriterionId;

/**
 * One criterion's agreed status for one person at their level, and the manager who agreed it: what
 * manager consistency compares.
 *
 * @param demonstrated true if agreed as demonstrated; false for not yet or working towards (not
 *     applicable criteria are left out by the caller, as standings leave them out)
 */
public record AgreedJudgement(
    String personId,
    String managerId,
    String framework,
    int level,
    CriterionId criterion,
    boolean demonstrated) {

  public AgreedJudgement {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(managerId, "managerId");
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(criterion, "criterion");
  }

  /** The same criterion at the same level of the same framework. */
  record Cell(String framework, int level, CriterionId criterion) {}

  Cell cell() {
    return new Cell(framework, level, criterion);
  }
}
