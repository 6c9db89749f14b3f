package org.rungs.app.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.rungs.app.assessments.Assessments;
import org.rungs.app.checkins.CheckIns;
import org.rungs.app.people.People;
import org.rungs.app.people.Person;
import org.rungs.app.rhythm.OverdueCheckIns;
import org.rungs.app.system.Refusal;
import org.rungs.app.system.Refused;
import org.rungs.progression.Standing;
import org.rungs.progression.SubLevel;
import org.springframework.stereotype.Component;

/**
 * Computes the organisation overview from a handful of queries whatever the organisation's size:
 * the people (one), their standings (one, see {@link Assessments#standings}), when each last agreed
 * a check-in (one), who disputed their latest agreement (one) and who has a check-in in progress
 * (one, for overdue check-ins); the tree and the counts are made in memory.
 *
 * <p>A page shows one part of the tree: the tops of the organisation, or the direct reports of one
 * manager ({@code /org/ID/}), {@value #PAGE} at a time, each with the first of their own direct
 * reports; the counts are of everyone below. At 10,000 people rendering every node took seconds
 * (docs/benchmarks.md), so no page renders more than a few thousand.
 *
 * <p>"Ready for the next level" means the standing is at sub-level D of a level that has one above
 * it: everything the person's level asks is demonstrated enough for the top step.
 *
 * <p>Check-ins are shown by how long ago the last one was agreed ({@link #ages}).
 */
@Component
class OrgOverview {

  /** People listed on one page of the tree, and under each of them. */
  static final int PAGE = 50;

  /** People named in each "to talk about" list; the rest are counted. */
  static final int NAMED = 50;

  private final People people;
  private final Assessments assessments;
  private final CheckIns checkIns;
  private final OverdueCheckIns overdueCheckIns;
  private final Clock clock = Clock.systemUTC();

  OrgOverview(
      People people, Assessments assessments, CheckIns checkIns, OverdueCheckIns overdueCheckIns) {
    this.people = people;
    this.assessments = assessments;
    this.checkIns = checkIns;
    this.overdueCheckIns = overdueCheckIns;
  }

  /**
   * What the page shows, for {@code viewer}'s organisation, built without the chrome.
   *
   * @param topId the manager whose part of the tree is shown, or {@code null} for the whole
   * @param page from 1
   * @throws Refused as forbidden for anyone but admins and managers of managers, and as not found
   *     when {@code topId} is not in the viewer's organisation
   */
  Overview of(Person viewer, Long topId, int page) {
    List<Person> everyone = people.organisationOf(viewer);
    Map<Long, Person> byId = new HashMap<>();
    everyone.forEach(person -> byId.put(person.id(), person));
    Map<Long, List<Person>> reports = new HashMap<>();
    List<Person> roots = new ArrayList<>();
    for (Person person : everyone) {
      boolean root =
          viewer.isAdmin()
              ? person.managerId() == null || !byId.containsKey(person.managerId())
              : person.id() == viewer.id();
      if (root) {
        roots.add(person);
      } else if (person.managerId() != null) {
        reports.computeIfAbsent(person.managerId(), id -> new ArrayList<>()).add(person);
      }
    }
    Comparator<Person> byName = Comparator.comparing(Person::name).thenComparing(Person::id);
    roots.sort(byName);
    reports.values().forEach(list -> list.sort(byName));
    boolean managesManagers =
        everyone.stream()
            .anyMatch(
                person ->
                    person.id() != viewer.id()
                        && person.managerId() != null
                        && person.managerId() != viewer.id());
    if (!viewer.isAdmin() && !managesManagers) {
      throw new Refused(
          new Refusal.Forbidden(
              "the organisation overview is for admins and managers of managers; your own"
                  + " reports are on My team"));
    }

    Person top = null;
    if (topId != null) {
      top = byId.get(topId);
      if (top == null) {
        throw new Refused(
            new Refusal.NotFound("There is nobody " + topId + " in your organisation."));
      }
    }
    // A manager of managers is the one top of their organisation: their page starts below them.
    List<Person> listed =
        top != null
            ? reports.getOrDefault(top.id(), List.of())
            : viewer.isAdmin() ? roots : reports.getOrDefault(viewer.id(), List.of());
    List<Person> scope = top == null ? everyone : below(top, reports);
    List<Long> ids = scope.stream().map(Person::id).toList();
    Map<Long, Standing> standings = assessments.standings(scope);
    Map<Long, OffsetDateTime> lastAgreed = checkIns.lastAgreed(ids);
    Set<Long> disputed = checkIns.latestDisputed(ids);
    LocalDate today = LocalDate.now(clock);
    var tree = new Tree(reports, sizes(roots, reports), standings, lastAgreed, disputed, today);

    int pages = Math.max(1, (listed.size() + PAGE - 1) / PAGE);
    int shown = Math.min(Math.max(1, page), pages);
    List<OrgNode> nodes =
        listed.subList((shown - 1) * PAGE, Math.min(listed.size(), shown * PAGE)).stream()
            .map(person -> tree.node(person, true))
            .toList();
    List<Person> disputing = scope.stream().filter(p -> disputed.contains(p.id())).toList();
    List<Person> ready = scope.stream().filter(p -> ready(standings.get(p.id()))).toList();
    Set<Long> overdueIds = overdueCheckIns.among(scope, lastAgreed);
    List<Person> overdue = scope.stream().filter(p -> overdueIds.contains(p.id())).toList();
    return new Overview(
        top == null
            ? (viewer.isAdmin() ? "Everyone" : viewer.name() + "'s organisation")
            : top.name() + "'s organisation",
        scope.size(),
        top == null ? null : tree.node(top, false),
        trail(top, byId, roots),
        nodes,
        shown,
        pages,
        headcount(scope, standings),
        new Named(named(disputing, tree), disputing.size()),
        new Named(named(ready, tree), ready.size()),
        new Named(named(overdue, tree), overdue.size()),
        ages(scope, lastAgreed, today));
  }

  /** The overview without its chrome. */
  record Overview(
      String scope,
      int people,
      OrgNode top,
      List<OrgOverviewPage.Crumb> trail,
      List<OrgNode> nodes,
      int page,
      int pages,
      List<OrgOverviewPage.Headcount> headcount,
      Named disputed,
      Named ready,
      Named overdue,
      List<OrgOverviewPage.AgeCount> checkInAges) {}

  /** The first {@link #NAMED} people of a list, and how many it holds. */
  public record Named(List<OrgNode> people, int total) {
    public int more() {
      return total - people.size();
    }
  }

  private static List<OrgNode> named(List<Person> people, Tree tree) {
    return people.stream()
        .sorted(Comparator.comparing(Person::name))
        .limit(NAMED)
        .map(person -> tree.node(person, false))
        .toList();
  }

  /** {@code top} and everyone below them, top first. */
  private static List<Person> below(Person top, Map<Long, List<Person>> reports) {
    List<Person> scope = new ArrayList<>();
    java.util.ArrayDeque<Person> waiting = new java.util.ArrayDeque<>(List.of(top));
    while (!waiting.isEmpty()) {
      Person person = waiting.poll();
      scope.add(person);
      waiting.addAll(reports.getOrDefault(person.id(), List.of()));
    }
    return scope;
  }

  /** How many people are below each person, directly or not. */
  private static Map<Long, Integer> sizes(List<Person> roots, Map<Long, List<Person>> reports) {
    Map<Long, Integer> sizes = new HashMap<>();
    // Iteratively, children before their manager: a deep chain of managers needs no deep stack.
    List<Person> order = new ArrayList<>();
    java.util.ArrayDeque<Person> waiting = new java.util.ArrayDeque<>(roots);
    while (!waiting.isEmpty()) {
      Person person = waiting.pop();
      order.add(person);
      reports.getOrDefault(person.id(), List.of()).forEach(waiting::push);
    }
    for (int i = order.size() - 1; i >= 0; i--) {
      Person person = order.get(i);
      int size = 0;
      for (Person report : reports.getOrDefault(person.id(), List.of())) {
        size += sizes.getOrDefault(report.id(), 0) + 1;
      }
      sizes.put(person.id(), size);
    }
    return sizes;
  }

  /** The managers above {@code top}, from the top of the organisation down, for a breadcrumb. */
  private static List<OrgOverviewPage.Crumb> trail(
      Person top, Map<Long, Person> byId, List<Person> roots) {
    List<OrgOverviewPage.Crumb> trail = new ArrayList<>();
    Set<Long> rootIds = new HashSet<>(roots.stream().map(Person::id).toList());
    Person above = top;
    // Stops at a top of the viewer's organisation; reporting loops are refused on every edit.
    while (above != null && !rootIds.contains(above.id()) && above.managerId() != null) {
      above = byId.get(above.managerId());
      if (above != null) {
        trail.add(0, new OrgOverviewPage.Crumb(above.id(), above.name()));
      }
    }
    return trail;
  }

  private record Tree(
      Map<Long, List<Person>> reports,
      Map<Long, Integer> sizes,
      Map<Long, Standing> standings,
      Map<Long, OffsetDateTime> lastAgreed,
      Set<Long> disputed,
      LocalDate today) {

    OrgNode node(Person person, boolean withReports) {
      List<Person> direct = reports.getOrDefault(person.id(), List.of());
      List<OrgNode> shown =
          withReports
              ? direct.stream().limit(PAGE).map(report -> node(report, false)).toList()
              : List.of();
      Standing standing = standings.get(person.id());
      OffsetDateTime last = lastAgreed.get(person.id());
      return new OrgNode(
          person.id(),
          person.name(),
          person.framework(),
          standing == null ? null : standing.label(),
          last == null ? "never" : ago(last.atZoneSameInstant(ZoneOffset.UTC).toLocalDate(), today),
          disputed.contains(person.id()),
          ready(standing),
          sizes.getOrDefault(person.id(), 0),
          direct.size(),
          shown);
    }
  }

  static boolean ready(Standing standing) {
    return standing != null && standing.subLevel() == SubLevel.D && standing.next() != null;
  }

  private static List<OrgOverviewPage.Headcount> headcount(
      List<Person> everyone, Map<Long, Standing> standings) {
    record At(String framework, int level) {}
    Map<At, int[]> counts =
        new TreeMap<>(Comparator.comparing(At::framework).thenComparing(At::level));
    for (Person person : everyone) {
      if (person.framework() == null || person.level() == null) {
        continue;
      }
      int[] row =
          counts.computeIfAbsent(new At(person.framework(), person.level()), at -> new int[5]);
      Standing standing = standings.get(person.id());
      row[standing == null ? 4 : standing.subLevel().ordinal()]++;
    }
    List<OrgOverviewPage.Headcount> rows = new ArrayList<>();
    counts.forEach(
        (at, row) ->
            rows.add(
                new OrgOverviewPage.Headcount(
                    at.framework(), at.level(), java.util.Arrays.copyOf(row, 4), row[4])));
    return rows;
  }

  /** How many people last agreed a check-in within 3 months, 3 to 6, longer ago, or never. */
  private static List<OrgOverviewPage.AgeCount> ages(
      List<Person> everyone, Map<Long, OffsetDateTime> lastAgreed, LocalDate today) {
    int recent = 0;
    int middle = 0;
    int old = 0;
    int never = 0;
    for (Person person : everyone) {
      OffsetDateTime last = lastAgreed.get(person.id());
      if (last == null) {
        never++;
        continue;
      }
      LocalDate day = last.atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
      if (day.isAfter(today.minusMonths(3))) {
        recent++;
      } else if (day.isAfter(today.minusMonths(6))) {
        middle++;
      } else {
        old++;
      }
    }
    return List.of(
        new OrgOverviewPage.AgeCount("in the last 3 months", recent),
        new OrgOverviewPage.AgeCount("3 to 6 months ago", middle),
        new OrgOverviewPage.AgeCount("more than 6 months ago", old),
        new OrgOverviewPage.AgeCount("never", never));
  }

  /** "today", "3 days ago", "5 weeks ago", "4 months ago", "2 years ago". */
  static String ago(LocalDate day, LocalDate today) {
    Period period = Period.between(day, today);
    long days = today.toEpochDay() - day.toEpochDay();
    if (days <= 0) {
      return "today";
    }
    if (days == 1) {
      return "yesterday";
    }
    if (days < 14) {
      return days + " days ago";
    }
    if (period.toTotalMonths() < 2) {
      return days / 7 + " weeks ago";
    }
    if (period.getYears() < 2) {
      return period.toTotalMonths() + " months ago";
    }
    return period.getYears() + " years ago";
  }
}
