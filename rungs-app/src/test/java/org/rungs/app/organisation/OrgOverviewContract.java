package org.rungs.app.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rungs.app.assessments.AssessmentRows;
import org.rungs.app.checkins.CheckInRows;
import org.rungs.app.people.TestOrganisation;
import org.rungs.app.testing.StatementCount;
import org.rungs.framework.Criterion;
import org.rungs.progression.AssessmentStatus;
import org.rungs.progression.AssessmentView;
import org.rungs.progression.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The organisation overview: who may see it and of which organisation, what it counts, and that it
 * asks the database as often for a large organisation as for a small one. Run against H2 and
 * PostgreSQL by its subclasses.
 */
@Import(StatementCount.class)
abstract class OrgOverviewContract extends TestOrganisation {

  @Autowired StatementCount statements;
  @Autowired JdbcClient jdbc;

  @Test
  void aManagerOfManagersSeesOnlyTheirOwnOrganisation() throws Exception {
    HttpResponse<String> head = get("/org/", headToken);

    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body())
        .contains("Hana Head's organisation")
        .contains("Lee Lead")
        .contains("Dee Dev")
        .doesNotContain("Otto Other")
        .doesNotContain("Pat People");
  }

  @Test
  void anAdminSeesEveryoneAndAManagerOfOnlyDirectReportsIsSentToTheirTeam() throws Exception {
    assertThat(get("/org/", adminToken).body())
        .contains("Everyone")
        .contains("Hana Head")
        .contains("Otto Other");
    HttpResponse<String> lead = get("/org/", leadToken);
    assertThat(lead.statusCode()).isEqualTo(403);
    assertThat(lead.body()).contains("My team");
    assertThat(get("/org/", devToken).statusCode()).isEqualTo(403);
  }

  @Test
  void itCountsDisputedAgreementsReadyPeopleAndHeadcount() throws Exception {
    long boss = add("count.boss@example.com", "Cora Boss", null, 5, Role.MEMBER);
    long middle = add("count.middle@example.com", "Cam Middle", boss, 4, Role.MEMBER);
    long disputer = add("count.disputer@example.com", "Dina Disputer", middle, 2, Role.MEMBER);
    long ready = add("count.ready@example.com", "Rae Ready", middle, 2, Role.MEMBER);
    long busy = add("count.busy@example.com", "Bo Busy", middle, 3, Role.MEMBER);
    // A year at their level and no check-in: past due, unless one is in progress.
    for (long id : new long[] {ready, busy}) {
      jdbc.sql("update person set level_since = ? where id = ?")
          .params(java.time.LocalDate.now().minusYears(1), id)
          .update();
    }
    CheckInRows checkIns = new CheckInRows(jdbc);
    checkIns.start(busy, "/engineering/backend", busy);
    long checkIn = checkIns.start(disputer, "/engineering/backend", middle);
    checkIns.advance(
        checkIn,
        org.rungs.progression.CheckInStep.SELF_ASSESSMENT,
        org.rungs.progression.CheckInStep.MANAGER_ASSESSMENT,
        0);
    checkIns.advance(
        checkIn,
        org.rungs.progression.CheckInStep.MANAGER_ASSESSMENT,
        org.rungs.progression.CheckInStep.AGREEING,
        1);
    checkIns.agree(checkIn, 2, middle, 3, "Aim for 3", List.of());
    checkIns.confirm(checkIn, 3, false, "Not what we said");
    AssessmentRows assessments = new AssessmentRows(jdbc);
    for (Criterion criterion :
        backend.topics().stream().flatMap(topic -> topic.criteriaAt(2).stream()).toList()) {
      assessments.write(
          ready,
          "/engineering/backend",
          criterion.id().value(),
          criterion.text(),
          AssessmentView.AGREED,
          AssessmentStatus.DEMONSTRATED,
          null,
          0,
          middle);
    }
    String bossToken = token(boss);

    String page = get("/org/", bossToken).body();

    assertThat(section(page, "Check-ins overdue", "Agreements disputed"))
        .contains("Check-ins overdue (1)")
        .contains("Rae Ready")
        .doesNotContain("Bo Busy")
        .doesNotContain("Dina Disputer");
    assertThat(section(page, "Agreements disputed", "Ready for"))
        .contains("Dina Disputer")
        .doesNotContain("Rae Ready");
    assertThat(section(page, "Ready for the next level", "Last agreed"))
        .contains("Rae Ready")
        .contains("2D")
        .doesNotContain("Dina Disputer");
    assertThat(section(page, "Last agreed check-in", "Headcount"))
        .contains("in the last 3 months: <strong>1</strong>")
        .contains("never: <strong>4</strong>");
    assertThat(section(page, "Headcount", "Who reports"))
        .contains("<td>2</td><td>1</td>")
        .contains("<td>0</td><td>1</td><td>0</td><td><strong>2</strong></td>");
  }

  @Test
  void theOverviewAsksTheDatabaseAsOftenForThreeHundredPeopleAsForFive() throws Exception {
    String small = token(organisation("small", 5));
    long largeBoss = organisation("large", 300);
    String large = token(largeBoss);
    long smallManager = managerOf("small");
    long largeManager = managerOf("large");
    // Once each, so that what a token's first use writes (its last use) is not counted.
    get("/org/", small);
    get("/org/", large);

    long forSmall = statementsFor("/org/", small);
    long forLarge = statementsFor("/org/", large);
    long forSmallPart = statementsFor("/org/" + smallManager + "/", small);
    long forLargePart = statementsFor("/org/" + largeManager + "/?page=2", large);

    assertThat(forLarge).isEqualTo(forSmall);
    assertThat(forLargePart).isEqualTo(forSmallPart);
  }

  @Test
  void eachManagersPartOfTheTreeIsAPageOfItsOwnFiftyPeopleAtATime() throws Exception {
    long boss = organisation("paged", 300);
    String bossToken = token(boss);
    long manager = managerOf("paged");

    String top = get("/org/", bossToken).body();
    // The top shows the boss's reports and the first fifty of theirs: the rest of each manager's
    // part is on its own page.
    assertThat(top)
        .contains("paged Manager 0", "paged Manager 2", "paged Report 0")
        .contains("href=\"" + manager + "/\"")
        .contains("50 more direct reports of paged Manager 0");
    HttpResponse<String> first = get("/org/" + manager + "/", bossToken);
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.body())
        .contains("paged Manager 0's organisation")
        .contains("101 active people")
        .contains("Page 1 of 2")
        .contains("paged Boss");
    assertThat(first.body().split("class=\"org-meta\"", -1).length - 1)
        .as("the manager and fifty reports")
        .isEqualTo(51);
    String second = get("/org/" + manager + "/?page=2", bossToken).body();
    assertThat(second).contains("Page 2 of 2");
    assertThat(second.split("class=\"org-meta\"", -1).length - 1).isEqualTo(51);
  }

  @Test
  void nobodyOpensAPartOfTheTreeOutsideTheirOrganisation() throws Exception {
    assertThat(get("/org/" + other + "/", headToken).statusCode()).isEqualTo(404);
    assertThat(get("/org/" + lead + "/", headToken).statusCode()).isEqualTo(200);
    assertThat(get("/org/" + other + "/", adminToken).statusCode()).isEqualTo(200);
    assertThat(get("/org/" + head + "/", leadToken).statusCode()).isEqualTo(403);
  }

  @Test
  void theOverviewOfALargeOrganisationFollowsEveryChangeOfAssessmentsAndLevels() throws Exception {
    // More than a thousand people: their standings are remembered between requests.
    organisation("big", 1001);
    long report =
        jdbc.sql("select id from person where email = 'big.report1@example.com'")
            .query(Long.class)
            .single();
    assertThat(section(get("/org/", adminToken).body(), "Ready for the next level", "Last agreed"))
        .doesNotContain("big Report 1<");

    AssessmentRows assessments = new AssessmentRows(jdbc);
    for (Criterion criterion :
        backend.topics().stream().flatMap(topic -> topic.criteriaAt(2).stream()).toList()) {
      assessments.write(
          report,
          "/engineering/backend",
          criterion.id().value(),
          criterion.text(),
          AssessmentView.AGREED,
          AssessmentStatus.DEMONSTRATED,
          null,
          0,
          report);
    }
    assertThat(section(get("/org/", adminToken).body(), "Ready for the next level", "Last agreed"))
        .contains("big Report 1<");

    jdbc.sql("update person set level = 3, version = version + 1 where id = ?")
        .param(report)
        .update();
    assertThat(section(get("/org/", adminToken).body(), "Ready for the next level", "Last agreed"))
        .doesNotContain("big Report 1<");
  }

  private long statementsFor(String path, String token) throws Exception {
    long before = statements.sofar();
    HttpResponse<String> page = get(path, token);
    assertThat(page.statusCode()).as(path).isEqualTo(200);
    return statements.sofar() - before;
  }

  private long managerOf(String name) {
    return jdbc.sql("select id from person where email = ?")
        .param(name + ".manager0@example.com")
        .query(Long.class)
        .single();
  }

  /** A boss, managers below them and reports below those; returns the boss. */
  private long organisation(String name, int size) {
    long boss = add(name + ".boss@example.com", name + " Boss", null, 5, Role.MEMBER);
    long[] managers = new long[3];
    for (int m = 0; m < managers.length; m++) {
      managers[m] =
          add(name + ".manager" + m + "@example.com", name + " Manager " + m, boss, 4, Role.MEMBER);
    }
    for (int i = 0; i < size; i++) {
      add(
          name + ".report" + i + "@example.com",
          name + " Report " + i,
          managers[i % managers.length],
          1 + i % 5,
          Role.MEMBER);
    }
    return boss;
  }

  private static String section(String page, String from, String to) {
    int start = page.indexOf(from);
    int end = page.indexOf(to, start);
    assertThat(start).as(from).isNotNegative();
    return page.substring(start, end < 0 ? page.length() : end);
  }
}
