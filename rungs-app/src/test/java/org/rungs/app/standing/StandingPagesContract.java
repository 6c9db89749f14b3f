package org.rungs.app.standing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rungs.app.people.Person;
import org.rungs.app.people.TestOrganisation;
import org.rungs.app.testing.StatementCount;
import org.rungs.framework.Criterion;
import org.rungs.progression.AssessmentStatus;
import org.rungs.progression.Role;
import org.rungs.progression.Standing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Where-I-stand and my-team pages: who sees them, the same standing on both, and a team page that
 * asks the database as often for forty people as for two. Run against H2 and PostgreSQL by its
 * subclasses.
 */
@Import(StatementCount.class)
abstract class StandingPagesContract extends TestOrganisation {

  @Test
  void standingPagesFollowTheSameRules() throws Exception {
    assertThat(get("/people/" + dev + "/", leadToken).statusCode()).isEqualTo(200);
    assertThat(get("/people/" + dev + "/", leadToken).body())
        .contains("Dee Dev")
        .contains("level-2 criteria demonstrated")
        .contains("Recent evidence")
        .contains("Last agreed check-in");
    assertThat(get("/people/" + dev + "/", otherToken).statusCode()).isEqualTo(404);
    HttpResponse<String> anonymous =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/people/" + dev + "/"))
                .header("Accept", "text/html")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).as("a browser is sent to sign in").isEqualTo(302);
    assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");
  }

  @Test
  void theTeamPageListsEveryoneBelowAManagerWithTheirStanding() throws Exception {
    String team = get("/team/", headToken).body();

    assertThat(team)
        .contains("Lee Lead")
        .contains("Dee Dev")
        .contains("2A")
        .doesNotContain("Otto Other");
    assertThat(get("/team/", devToken).body()).contains("Nobody reports to you");
  }

  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
  @Autowired org.rungs.app.assessments.Assessments assessments;
  @Autowired StatementCount statements;

  /** A new team of {@code size} below a new manager, outside the organisation the others see. */
  private long team(String name, int size) {
    long boss = add(name + ".boss@example.com", name + " Boss", null, 5, Role.MEMBER);
    long middle = add(name + ".middle@example.com", name + " Middle", boss, 4, Role.MEMBER);
    for (int i = 0; i < size - 1; i++) {
      add(
          name + ".report" + i + "@example.com",
          name + " Report " + i,
          middle,
          1 + i % 5,
          Role.MEMBER);
    }
    return boss;
  }

  private String agreeAt(
      long person, String framework, String criterionId, AssessmentStatus status) {
    new org.rungs.app.assessments.AssessmentRows(jdbc)
        .write(
            person,
            framework,
            criterionId,
            "wording",
            org.rungs.progression.AssessmentView.AGREED,
            status,
            null,
            0,
            head);
    return criterionId;
  }

  @Test
  void theTeamPageShowsEveryoneTheStandingTheirOwnPageShows() throws Exception {
    long boss = team("standings", 12);
    List<Person> reports = people.findReportsOf(boss);
    java.util.Random random = new java.util.Random(11);
    AssessmentStatus[] statuses = AssessmentStatus.values();
    for (Person report : reports) {
      for (Criterion criterion : backend.criteria().toList()) {
        if (random.nextBoolean()) {
          agreeAt(
              report.id(),
              "/engineering/backend",
              criterion.id().value(),
              statuses[random.nextInt(statuses.length)]);
        }
      }
      // Left over from a framework the person was in before: counts for neither page.
      agreeAt(report.id(), "/engineering/web", criterion(1, 0), AssessmentStatus.DEMONSTRATED);
    }
    people.setTargetLevel(reports.get(0).id(), 9, reports.get(0).version());
    long noLevel =
        add("standings.nolevel@example.com", "Standings No Level", boss, null, Role.MEMBER);
    reports = people.findReportsOf(boss);

    Map<Long, Standing> together = assessments.standings(reports);

    assertThat(reports).hasSize(13);
    for (Person report : reports) {
      assertThat(Optional.ofNullable(together.get(report.id())))
          .as(report.name())
          .isEqualTo(assessments.standing(report));
    }
    assertThat(together).doesNotContainKey(noLevel).hasSize(12);
    String page = get("/team/", token(boss)).body();
    for (Person report : reports) {
      int at = page.indexOf(report.name() + "</a></th>");
      assertThat(at).as(report.name()).isPositive();
      String row = page.substring(at, page.indexOf("</tr>", at));
      String label = assessments.standing(report).map(Standing::label).orElse("—");
      assertThat(row).as(report.name()).contains("<td data-label=\"Level\">" + label + "</td>");
    }
  }

  /**
   * What the pages about many people show for everyone below {@code boss} is what each own shows.
   */
  private Map<Long, Standing> sameAsEachOwn(long boss) {
    List<Person> reports = people.findReportsOf(boss);
    Map<Long, Standing> together = assessments.standings(reports);
    Map<Long, Map<org.rungs.framework.CriterionId, AssessmentStatus>> agreed =
        assessments.agreedOf(reports);
    for (Person report : reports) {
      Standing own = assessments.standing(report).orElseThrow();
      assertThat(together.get(report.id())).as(report.name()).isEqualTo(own);
      Map<org.rungs.framework.CriterionId, AssessmentStatus> statuses = new java.util.HashMap<>();
      assessments.of(report).stream()
          .filter(a -> a.agreed() != null)
          .forEach(
              a -> statuses.put(new org.rungs.framework.CriterionId(a.criterionId()), a.agreed()));
      assertThat(Map.copyOf(agreed.getOrDefault(report.id(), Map.of())))
          .as(report.name())
          .isEqualTo(statuses);
    }
    return together;
  }

  @Test
  void manyPeoplesStandingsStayRightAfterEachKindOfChange() throws Exception {
    long boss = team("changes", 4);
    Person actor = people.findById(boss).orElseThrow();
    List<Person> reports = people.findReportsOf(boss).stream().filter(p -> p.level() != 4).toList();
    Person first = reports.get(0);
    Person second = reports.get(1);
    sameAsEachOwn(boss);

    // An assessment, through the service.
    assertThat(
            assessments.assess(
                actor,
                first,
                criterion(first.level(), 0),
                org.rungs.progression.AssessmentView.AGREED,
                AssessmentStatus.DEMONSTRATED,
                null,
                0))
        .isEmpty();
    assertThat(sameAsEachOwn(boss).get(first.id()).current().demonstrated()).isEqualTo(1);

    // An agreement of several criteria at once, as a check-in records it.
    assertThat(
            assessments.agree(
                actor,
                second,
                Map.of(
                    criterion(second.level(), 0), AssessmentStatus.DEMONSTRATED,
                    criterion(second.level(), 1), AssessmentStatus.NOT_APPLICABLE)))
        .isEmpty();
    assertThat(sameAsEachOwn(boss).get(second.id()).current().notApplicable()).isEqualTo(1);

    // A write by another server or process, straight into the table.
    agreeAt(
        first.id(),
        "/engineering/backend",
        criterion(first.level(), 1),
        AssessmentStatus.DEMONSTRATED);
    assertThat(sameAsEachOwn(boss).get(first.id()).current().demonstrated()).isEqualTo(2);

    // A change of level: the statuses stay, the criteria they count against change.
    jdbc.sql("update person set level = ?, version = version + 1 where id = ?")
        .params(first.level() + 1, first.id())
        .update();
    assertThat(sameAsEachOwn(boss).get(first.id()).level()).isEqualTo(first.level() + 1);

    // A change of manager: the person leaves this organisation and shows in the other.
    long elsewhere = team("elsewhere", 2);
    jdbc.sql("update person set manager_id = ?, version = version + 1 where id = ?")
        .params(elsewhere, second.id())
        .update();
    assertThat(sameAsEachOwn(boss)).doesNotContainKey(second.id());
    assertThat(sameAsEachOwn(elsewhere).get(second.id()).current().notApplicable()).isEqualTo(1);
    assertThat(get("/team/", token(elsewhere)).body()).contains(second.name());
  }

  @Test
  void theStandingPageAsksTheDatabaseAsOftenInALargeOrganisationAsInASmallOne() throws Exception {
    get("/people/" + dev + "/", leadToken);
    long before = statements.sofar();
    assertThat(get("/people/" + dev + "/", leadToken).statusCode()).isEqualTo(200);
    long small = statements.sofar() - before;
    team("crowd", 60);

    before = statements.sofar();
    assertThat(get("/people/" + dev + "/", leadToken).statusCode()).isEqualTo(200);

    assertThat(statements.sofar() - before).isEqualTo(small);
  }

  @Test
  void theTeamPageAsksTheDatabaseAsOftenForFortyPeopleAsForTwo() throws Exception {
    String small = token(team("small", 2));
    String large = token(team("large", 40));
    get("/team/", small);
    // A token's first use in a minute records when it was last used: one write, not per person.
    get("/team/", large);

    long before = statements.sofar();
    assertThat(get("/team/", small).statusCode()).isEqualTo(200);
    long forTwo = statements.sofar() - before;
    before = statements.sofar();
    HttpResponse<String> page = get("/team/", large);
    long forForty = statements.sofar() - before;

    assertThat(page.body()).contains("large Report 37");
    assertThat(forForty).isEqualTo(forTwo);
  }
}
