package org.rungs.app.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.rungs.framework.Criterion;
import org.rungs.framework.Framework;
import org.rungs.framework.FrameworkKind;
import org.rungs.framework.FrameworkSet;
import org.rungs.framework.Topic;

/** The frameworks people are placed in, and their criteria by level. */
final class Catalogue {
  /** The disciplines of the bundled frameworks and their share of the organisation. */
  private static final List<Map.Entry<String, Integer>> DISCIPLINES =
      List.of(
          Map.entry("/engineering/backend", 38),
          Map.entry("/engineering/web", 27),
          Map.entry("/data/data-science", 18),
          Map.entry("/design/product-design", 17));

  private static final String BADGE = "/engineering/security-champion";

  final List<Framework> disciplines = new ArrayList<>();
  final List<Integer> shares = new ArrayList<>();
  final Map<String, List<List<Criterion>>> criteria = new HashMap<>();
  String badge;
  private int[] turns;

  int disciplineInTurn(int turn) {
    if (turns == null) {
      // Each once, then in proportion to their shares: backend, web, data, design, backend...
      List<Integer> sequence = new ArrayList<>();
      for (int i = 0; i < disciplines.size(); i++) {
        sequence.add(i);
      }
      int total = shares.stream().mapToInt(Integer::intValue).sum();
      double[] credit = new double[disciplines.size()];
      for (int step = 0; step < 20; step++) {
        int best = 0;
        for (int i = 0; i < credit.length; i++) {
          credit[i] += (double) shares.get(i) / total;
          if (credit[i] > credit[best]) {
            best = i;
          }
        }
        credit[best] -= 1;
        sequence.add(best);
      }
      turns = sequence.stream().mapToInt(Integer::intValue).toArray();
    }
    return turns[turn % turns.length];
  }

  int randomDiscipline(Random random) {
    int total = shares.stream().mapToInt(Integer::intValue).sum();
    int pick = random.nextInt(total);
    for (int i = 0; i < shares.size(); i++) {
      pick -= shares.get(i);
      if (pick < 0) {
        return i;
      }
    }
    return 0;
  }

  /** The criteria at {@code level}; empty outside the framework's levels. */
  List<Criterion> at(String framework, int level) {
    List<List<Criterion>> byLevel = criteria.get(framework);
    return level < 1 || level > byLevel.size() ? List.of() : byLevel.get(level - 1);
  }

  /**
   * The bundled disciplines found in {@code set}, or failing those every levelled framework of a
   * few levels.
   *
   * @throws DemoOrganisation.Refused if there is no framework with levels
   */
  static Catalogue of(FrameworkSet set) {
    Catalogue catalogue = new Catalogue();
    for (Map.Entry<String, Integer> discipline : DISCIPLINES) {
      set.find(discipline.getKey())
          .filter(f -> f.kind() == FrameworkKind.LEVELLED && f.levels() >= 2)
          .ifPresent(
              f -> {
                catalogue.disciplines.add(f);
                catalogue.shares.add(discipline.getValue());
              });
    }
    if (catalogue.disciplines.isEmpty()) {
      // Someone's own frameworks: use every levelled one with a few levels, equally.
      for (Framework framework : set.frameworks()) {
        if (framework.kind() == FrameworkKind.LEVELLED
            && framework.levels() >= 3
            && !framework.isGeneric()) {
          catalogue.disciplines.add(framework);
          catalogue.shares.add(1);
        }
      }
    } else {
      catalogue.badge =
          set.find(BADGE)
              .filter(f -> f.kind() == FrameworkKind.LEVELLED)
              .map(f -> BADGE)
              .orElse(null);
    }
    if (catalogue.disciplines.isEmpty()) {
      throw new DemoOrganisation.Refused(
          "there is no framework with levels to place people in: the demo needs at least one");
    }
    for (Framework framework : catalogue.disciplines) {
      List<List<Criterion>> byLevel = new ArrayList<>();
      for (int level = 1; level <= framework.levels(); level++) {
        Map<String, Criterion> unique = new LinkedHashMap<>();
        for (Topic topic : framework.topics()) {
          for (Criterion criterion : topic.criteriaAt(level)) {
            unique.putIfAbsent(criterion.id().value(), criterion);
          }
        }
        byLevel.add(List.copyOf(unique.values()));
      }
      catalogue.criteria.put(framework.path(), byLevel);
    }
    return catalogue;
  }
}
