package org.rungs.app.standing;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.rungs.app.assessments.Assessments;
import org.rungs.app.checkins.CheckIns;
import org.rungs.app.people.People;
import org.rungs.app.people.Person;
import org.rungs.app.people.PersonAccess;
import org.rungs.app.people.PersonViewer;
import org.rungs.app.system.HtmlPages;
import org.rungs.progression.CheckInStep;
import org.rungs.progression.Standing;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** My team: one row per report, directly or through their managers, sortable by any column. */
@RestController
class TeamPageController {

  private final PersonAccess access;
  private final People people;
  private final Assessments assessments;
  private final CheckIns checkIns;
  private final HtmlPages pages;

  public TeamPageController(
      PersonAccess access,
      People people,
      Assessments assessments,
      CheckIns checkIns,
      HtmlPages pages) {
    this.access = access;
    this.people = people;
    this.assessments = assessments;
    this.checkIns = checkIns;
    this.pages = pages;
  }

  @GetMapping({"/team", "/team/"})
  public ResponseEntity<String> team(
      @RequestParam(name = "sort", defaultValue = "name") String sort,
      Authentication authentication,
      jakarta.servlet.http.HttpServletRequest request) {
    Person manager = access.viewer(authentication);
    // One row per person, however the reporting line reaches them.
    List<Person> reports =
        List.copyOf(
            people.reportsOf(manager).stream()
                .collect(
                    java.util.stream.Collectors.toMap(
                        Person::id, p -> p, (a, b) -> a, java.util.LinkedHashMap::new))
                .values());
    List<Long> ids = reports.stream().map(Person::id).toList();
    Map<Long, String> names = new java.util.HashMap<>();
    names.put(manager.id(), manager.name());
    reports.forEach(report -> names.put(report.id(), report.name()));
    java.util.Set<Long> disputed = checkIns.latestDisputed(ids);
    Map<Long, OffsetDateTime> lastAgreed = checkIns.lastAgreed(ids);
    Map<Long, CheckInStep> open = checkIns.openStates(ids);
    OffsetDateTime now = OffsetDateTime.now();
    Map<Long, Standing> standings = assessments.standings(reports);
    List<TeamPage.Row> rows = new ArrayList<>();
    for (Person report : reports) {
      OffsetDateTime last = lastAgreed.get(report.id());
      CheckInStep state = open.get(report.id());
      rows.add(
          new TeamPage.Row(
              report,
              standings.get(report.id()),
              last == null ? null : Duration.between(last, now).toDays(),
              // Only the person's own manager takes these steps (issue 10).
              (state == CheckInStep.MANAGER_ASSESSMENT || state == CheckInStep.AGREEING)
                      && Long.valueOf(manager.id()).equals(report.managerId())
                  ? state
                  : null,
              report.managerId() == null ? "—" : names.getOrDefault(report.managerId(), "—"),
              people
                  .frameworkOf(report)
                  .map(org.rungs.framework.Framework::title)
                  .orElse(report.framework() == null ? "—" : report.framework()),
              disputed.contains(report.id())));
    }
    rows.sort(order(sort));
    return pages.render(
        "standing/team.jte",
        new TeamPage(
            pages.chrome("My team", "/team/", PersonViewer.of(manager), request),
            manager,
            rows,
            sort),
        HttpStatus.OK);
  }

  private static Comparator<TeamPage.Row> order(String sort) {
    Comparator<TeamPage.Row> byName =
        Comparator.comparing(row -> row.person().name(), String.CASE_INSENSITIVE_ORDER);
    Comparator<TeamPage.Row> chosen =
        switch (sort) {
          case "level" ->
              Comparator.comparing(row -> row.standing() == null ? "" : row.standing().label());
          case "target" ->
              Comparator.comparing(
                  row -> row.person().targetLevel() == null ? 0 : row.person().targetLevel());
          case "checkin" ->
              Comparator.comparing(
                  row -> row.daysSinceCheckIn() == null ? Long.MAX_VALUE : row.daysSinceCheckIn(),
                  Comparator.reverseOrder());
          case "waiting" ->
              Comparator.comparing(row -> row.waiting() == null && !row.disputed() ? 1 : 0);
          case "manager" ->
              Comparator.comparing(TeamPage.Row::managerName, String.CASE_INSENSITIVE_ORDER);
          default -> byName;
        };
    return chosen.thenComparing(byName);
  }
}
