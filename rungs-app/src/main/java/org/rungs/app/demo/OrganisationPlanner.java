package org.rungs.app.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.rungs.app.demo.DemoOrganisation.Planned;
import org.rungs.app.demo.DemoOrganisation.Seniority;
import org.rungs.framework.Framework;

/**
 * Plans the people of the demo from a seed: where they sit in the {@link ReportingTree}, their
 * discipline (shared down each director's branch), level by seniority, names and emails, and the
 * target of their latest check-in. The same count, seed and day give the same people.
 */
final class OrganisationPlanner {

  private OrganisationPlanner() {}

  /**
   * Everyone, head first and each manager before their reports.
   *
   * @throws IllegalArgumentException if {@code count} is not 1 to {@value
   *     DemoOrganisation#MAX_PEOPLE}
   */
  static List<Planned> plan(Catalogue catalogue, int count, long seed, LocalDate today) {
    if (count < 1 || count > DemoOrganisation.MAX_PEOPLE) {
      throw new IllegalArgumentException(
          "the number of people must be 1 to " + DemoOrganisation.MAX_PEOPLE + ", not " + count);
    }
    Random random = new Random(seed);
    ReportingTree tree = ReportingTree.grow(count, random);
    List<Planned> planned = new ArrayList<>(count);
    Identities identities = new Identities();
    int[] discipline = new int[count];
    int nextDiscipline = 0;
    for (int i = 0; i < count; i++) {
      int parent = tree.parent[i];
      if (parent < 0) {
        discipline[i] = 0;
      } else if (parent == 0) {
        // The head's reports lead the disciplines in turn, in proportion to their shares.
        discipline[i] =
            tree.reports[i] > 0
                ? catalogue.disciplineInTurn(nextDiscipline++)
                : catalogue.randomDiscipline(random);
      } else {
        discipline[i] = discipline[parent];
      }
      Framework framework = catalogue.disciplines.get(discipline[i]);
      Seniority seniority = tree.seniorityOf(i);
      int level = level(seniority, framework.levels(), random);
      Identities.Identity identity = identities.next(random);
      LocalDate since = today.minusDays(14 + random.nextInt(4 * 365 - 14));
      Integer target = null;
      if (parent >= 0 && random.nextInt(100) < 88) {
        target = level < framework.levels() && random.nextInt(100) < 65 ? level + 1 : level;
      }
      List<String> badges =
          catalogue.badge != null
                  && framework.path().startsWith("/engineering/")
                  && random.nextInt(100) < 9
              ? List.of(catalogue.badge)
              : List.of();
      planned.add(
          new Planned(
              i + 1L,
              parent < 0 ? null : parent + 1L,
              tree.depth[i],
              identity.name(),
              identity.email(),
              framework.path(),
              level,
              since,
              target,
              badges,
              seniority));
    }
    return planned;
  }

  /** A level for someone this senior in a framework of {@code levels} levels. */
  private static int level(Seniority seniority, int levels, Random random) {
    int roll = random.nextInt(100);
    int level =
        switch (seniority) {
          case HEAD -> levels;
          case DIRECTOR -> roll < 60 ? levels - 1 : levels;
          case SENIOR_MANAGER, SENIOR_CONTRIBUTOR -> roll < 50 ? levels - 1 : levels - 2;
          case MANAGER -> roll < 50 ? levels - 2 : roll < 75 ? levels - 1 : levels - 3;
          case CONTRIBUTOR -> contributorLevel(levels, random);
        };
    return Math.max(1, Math.min(levels, level));
  }

  /** Most contributors in the lower middle levels, a few at the very top. */
  private static int contributorLevel(int levels, Random random) {
    double centre = 1 + 0.38 * (levels - 1);
    double spread = Math.max(0.8, levels / 5.0);
    double[] weights = new double[levels];
    double total = 0;
    for (int level = 1; level <= levels; level++) {
      double distance = (level - centre) / spread;
      weights[level - 1] = Math.exp(-distance * distance / 2);
      total += weights[level - 1];
    }
    double pick = random.nextDouble() * total;
    for (int level = 1; level <= levels; level++) {
      pick -= weights[level - 1];
      if (pick <= 0) {
        return level;
      }
    }
    return levels;
  }
}
