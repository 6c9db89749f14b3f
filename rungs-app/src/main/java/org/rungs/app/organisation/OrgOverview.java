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
import org.rungs.progression.Standing;
import org.rungs.progression.SubLevel;
import org.springframework.stereotype.Component;

/**
 * Computes the organisation overview from a handful of queries whatever the organisation's size:
 * the people (one), their standings (one, see {@link Assessments#standings}), when each last agreed
 * a check-in (one) and who disputed their latest agreement (one); the tree and the counts are made
 * in memory.
 *
 * <p>"Ready for the next level" means the standing is at sub-level D of a level that has one above
 * it: everything the person's level asks is demonstrated enough for the top step.
 *
 * <p>Check-ins are shown by how long ago the last one was agreed. When check-ins get a cadence with
 * due dates, "overdue" replaces the age buckets here ({@link #ages}) and nothing else changes.
 */
@Component
class OrgOverview {

  private final People people;
  private final Assessments assessments;
  private final CheckIns checkIns;
  private final Clock clock = Clock.systemUTC();

  OrgOverview(People people, Assessments assessments, CheckIns checkIns) {
    this.people = people;
    this.assessments = assessments;
    this.checkIns = checkIns;
  }

  /** What the page shows, for {@code viewer}'s organisation; built without the chrome. */
  Overview of(Person viewer) {
    List<Person> everyone = people.organisationOf(viewer);
    List<Long> ids = everyone.stream().map(Person::id).toList();
    Map<Long, Standing> standings = assessments.standings(everyone);
    Map<Long, OffsetDateTime> lastAgreed = checkIns.lastAgreed(ids);
    Set<Long> disputed = checkIns.latestDisputed(ids);
    LocalDate today = LocalDate.now(clock);

    Map<Long, List<Person>> reports = new HashMap<>();
    Set<Long> inScope = new HashSet<>(ids);
    List<Person> roots = new ArrayList<>();
    for (Person person : everyone) {
      boolean top =
          viewer.isAdmin()
              ? person.managerId() == null || !inScope.contains(person.managerId())
              : person.id() == viewer.id();
      if (top) {
        roots.add(person);
      } else if (person.managerId() != null) {
        reports.computeIfAbsent(person.managerId(), id -> new ArrayList<>()).add(person);
      }
    }
    var tree = new Tree(reports, standings, lastAgreed, disputed, today);
    List<OrgNode> rootNodes = roots.stream().map(tree::node).toList();
    List<OrgNode> flagged = new ArrayList<>();
    rootNodes.forEach(node -> flatten(node, flagged));
    boolean managesManagers =
        everyone.stream()
            .anyMatch(
                person ->
                    person.id() != viewer.id()
                        && person.managerId() != null
                        && person.managerId() != viewer.id());
    return new Overview(
        managesManagers,
        viewer.isAdmin() ? "Everyone" : viewer.name() + "'s organisation",
        everyone.size(),
        rootNodes,
        headcount(everyone, standings),
        flagged.stream().filter(OrgNode::disputed).toList(),
        flagged.stream().filter(OrgNode::ready).toList(),
        ages(everyone, lastAgreed, today));
  }

  /** The overview without its chrome. */
  record Overview(
      boolean managesManagers,
      String scope,
      int people,
      List<OrgNode> roots,
      List<OrgOverviewPage.Headcount> headcount,
      List<OrgNode> disputed,
      List<OrgNode> ready,
      List<OrgOverviewPage.AgeCount> checkInAges) {}

  private record Tree(
      Map<Long, List<Person>> reports,
      Map<Long, Standing> standings,
      Map<Long, OffsetDateTime> lastAgreed,
      Set<Long> disputed,
      LocalDate today) {

    // Recursion follows the reporting line; people cannot report in a loop (imports and edits
    // refuse it), so it ends.
    OrgNode node(Person person) {
      List<OrgNode> below =
          reports.getOrDefault(person.id(), List.of()).stream()
              .sorted(Comparator.comparing(Person::name))
              .map(this::node)
              .toList();
      int size = below.stream().mapToInt(child -> child.size() + 1).sum();
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
          size,
          below);
    }
  }

  static boolean ready(Standing standing) {
    return standing != null && standing.subLevel() == SubLevel.D && standing.next() != null;
  }

  private static void flatten(OrgNode node, List<OrgNode> into) {
    into.add(node);
    node.reports().forEach(child -> flatten(child, into));
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
