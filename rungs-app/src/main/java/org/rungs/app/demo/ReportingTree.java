package org.rungs.app.demo;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;

/**
 * The reporting tree: everyone but the head has a manager, and managers have 4 to 9 reports (fewer
 * only for the head of an organisation of less than 5). It is up to 3 managers deep for up to 820
 * people, 4 for up to 7,381 and 5 for up to 66,430; spans are random, so some branches are
 * shallower. Index 0 is the head; a manager comes before their reports.
 */
final class ReportingTree {
  private static final int MAX_SPAN = 9;
  private static final int MIN_SPAN = 4;

  final int[] parent;
  final int[] depth;
  final int[] reports;
  final boolean[] managesManagers;
  private int size;

  private ReportingTree(int count) {
    parent = new int[count];
    depth = new int[count];
    reports = new int[count];
    managesManagers = new boolean[count];
  }

  static ReportingTree grow(int count, Random random) {
    ReportingTree tree = new ReportingTree(count);
    int levels = 3;
    while (capacity(levels) < count - 1) {
      levels++;
    }
    tree.parent[0] = -1;
    tree.size = 1;
    // Breadth first, so that every manager gets a smaller index than their reports.
    ArrayDeque<int[]> waiting = new ArrayDeque<>();
    waiting.add(new int[] {0, count - 1, levels});
    while (!waiting.isEmpty()) {
      int[] next = waiting.poll();
      tree.split(next[0], next[1], next[2], random, waiting);
    }
    return tree;
  }

  /** How senior person {@code i} is, from where they sit in the tree. */
  DemoOrganisation.Seniority seniorityOf(int i) {
    if (parent[i] < 0) {
      return DemoOrganisation.Seniority.HEAD;
    }
    if (reports[i] > 0) {
      if (parent[i] == 0) {
        return DemoOrganisation.Seniority.DIRECTOR;
      }
      return managesManagers[i]
          ? DemoOrganisation.Seniority.SENIOR_MANAGER
          : DemoOrganisation.Seniority.MANAGER;
    }
    return managesManagers[parent[i]]
        ? DemoOrganisation.Seniority.SENIOR_CONTRIBUTOR
        : DemoOrganisation.Seniority.CONTRIBUTOR;
  }

  /** How many people fit below a manager with {@code levels} levels below them. */
  static long capacity(int levels) {
    long below = 0;
    for (int i = 0; i < levels; i++) {
      below = MAX_SPAN * (1 + below);
    }
    return below;
  }

  /** Gives {@code manager} reports for the {@code below} people under them. */
  private void split(int manager, int below, int levels, Random random, Deque<int[]> waiting) {
    if (below == 0) {
      return;
    }
    if (below <= MAX_SPAN) {
      for (int i = 0; i < below; i++) {
        add(manager);
      }
      return;
    }
    long childCapacity = capacity(levels - 1);
    // Choose the span k and how many of the k manage people themselves (m); prefer at most two
    // individual contributors directly under a manager of managers, and none under the head.
    int preferredContributors = manager == 0 ? 0 : 2;
    List<int[]> preferred = new ArrayList<>();
    List<int[]> fallback = new ArrayList<>();
    for (int k = MIN_SPAN; k <= MAX_SPAN; k++) {
      for (int m = 1; m <= k; m++) {
        long rest = below - k;
        if (rest >= (long) MIN_SPAN * m && rest <= m * childCapacity) {
          (k - m <= preferredContributors ? preferred : fallback).add(new int[] {k, m});
        }
      }
    }
    int[] choice;
    if (!preferred.isEmpty()) {
      choice = preferred.get(random.nextInt(preferred.size()));
    } else if (!fallback.isEmpty()) {
      fallback.sort((a, b) -> Integer.compare(a[0] - a[1], b[0] - b[1]));
      choice = fallback.get(0);
    } else {
      choice = new int[] {below, 0};
    }
    int span = choice[0];
    int managers = choice[1];
    int[] shares = shares(below - span, managers, (int) Math.min(childCapacity, below), random);
    managesManagers[manager] = managers > 0;
    for (int i = 0; i < managers; i++) {
      int child = add(manager);
      waiting.add(new int[] {child, shares[i], levels - 1});
    }
    for (int i = managers; i < span; i++) {
      add(manager);
    }
  }

  /** Splits {@code total} into {@code parts} shares of at least 4 and at most {@code max}. */
  private static int[] shares(int total, int parts, int max, Random random) {
    int[] shares = new int[parts];
    if (parts == 0) {
      return shares;
    }
    double[] weights = new double[parts];
    for (int i = 0; i < parts; i++) {
      shares[i] = MIN_SPAN;
      weights[i] = 0.6 + 0.8 * random.nextDouble();
    }
    int left = total - MIN_SPAN * parts;
    while (left > 0) {
      double open = 0;
      for (int i = 0; i < parts; i++) {
        if (shares[i] < max) {
          open += weights[i];
        }
      }
      int given = 0;
      for (int i = 0; i < parts; i++) {
        if (shares[i] < max) {
          int add = (int) Math.min(max - shares[i], Math.floor(left * weights[i] / open));
          shares[i] += add;
          given += add;
        }
      }
      if (given == 0) {
        for (int i = 0; i < parts && given < left; i++) {
          if (shares[i] < max) {
            shares[i]++;
            given++;
          }
        }
      }
      left -= given;
    }
    return shares;
  }

  private int add(int manager) {
    int child = size++;
    parent[child] = manager;
    depth[child] = depth[manager] + 1;
    reports[manager]++;
    return child;
  }
}
