package org.rungs.app.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/** The random choices the demo's writers make, each drawing from the one seeded {@link Random}. */
final class Chance {

  private Chance() {}

  static <T> T pick(List<T> items, Random random) {
    return items.get(random.nextInt(items.size()));
  }

  /** Up to {@code n} different items, in the list's order. */
  static <T> List<T> some(List<T> items, int n, Random random) {
    if (items.size() <= n) {
      return items;
    }
    Set<Integer> chosen = new TreeSet<>();
    while (chosen.size() < n) {
      chosen.add(random.nextInt(items.size()));
    }
    List<T> some = new ArrayList<>(n);
    for (int i : chosen) {
      some.add(items.get(i));
    }
    return some;
  }

  /** A time during working hours on {@code day} (a day before today, so never in the future). */
  static OffsetDateTime at(LocalDate day, Random random) {
    return OffsetDateTime.of(
        day, LocalTime.of(8 + random.nextInt(9), random.nextInt(60)), ZoneOffset.UTC);
  }
}
