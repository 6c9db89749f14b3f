package org.rungs.app.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rungs.app.audit.AuditTrail;
import org.rungs.app.testing.StatementCount;
import org.rungs.progression.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * The people team managing people through the API (the admin pages call the same service):
 * deactivation refuses sign-in at once and keeps the data, a manager cannot be made to report to
 * their own report, two admins never silently overwrite each other, promotions make level history,
 * and the people list asks the database as often for 200 people a page as for 5. Run against H2 and
 * PostgreSQL by its subclasses.
 */
@Import(StatementCount.class)
abstract class PeopleManagementContract extends TestOrganisation {

  private static final String ADMIN_PEOPLE = "/api/v1/admin/people";

  @Autowired StatementCount statements;
  @Autowired AuditTrail audit;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @Test
  void aDeactivatedPersonIsRefusedAtOnceAndKeepsTheirDataUntilReactivated() throws Exception {
    long person = add("dora.deactivated@example.com", "Dora Deactivated", lead, 2, Role.MEMBER);
    String token = token(person);
    assertThat(get("/api/v1/people/" + person, token).statusCode()).isEqualTo(200);

    HttpResponse<String> deactivated =
        post(ADMIN_PEOPLE + "/" + person + "/deactivation", adminToken, "");

    assertThat(deactivated.statusCode()).isEqualTo(200);
    assertThat(json(deactivated).get("deactivated").asBoolean()).isTrue();
    assertThat(get("/api/v1/people/" + person, token).statusCode())
        .as("their token is refused from the next request on")
        .isEqualTo(401);
    assertThat(people.passwordHash("dora.deactivated@example.com")).isEmpty();
    assertThat(get("/api/v1/people/" + person, leadToken).statusCode())
        .as("their data is kept: their manager still sees them")
        .isEqualTo(200);
    assertThat(
            json(get(ADMIN_PEOPLE + "?status=deactivated&q=dora", adminToken))
                .get("people")
                .get(0)
                .get("name")
                .asString())
        .isEqualTo("Dora Deactivated");

    assertThat(send("DELETE", ADMIN_PEOPLE + "/" + person + "/deactivation", adminToken, ""))
        .extracting(HttpResponse::statusCode)
        .isEqualTo(200);
    assertThat(get("/api/v1/people/" + person, token).statusCode()).isEqualTo(200);
    assertThat(audit.of("person", Long.toString(person)))
        .extracting(AuditTrail.Event::action)
        .containsSubsequence("deactivated", "reactivated");
  }

  @Test
  void anAdminCannotDeactivateThemselves() throws Exception {
    long admin = people.findByEmail("people@example.com").orElseThrow().id();

    HttpResponse<String> refused =
        post(ADMIN_PEOPLE + "/" + admin + "/deactivation", adminToken, "");

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("cannot deactivate yourself");
  }

  @Test
  void aManagerCannotBeMadeToReportToTheirOwnReport() throws Exception {
    Person hana = people.findById(head).orElseThrow();

    HttpResponse<String> loop =
        put(ADMIN_PEOPLE + "/" + head, adminToken, edit(hana, dev, hana.level(), hana.version()));

    assertThat(loop.statusCode()).isEqualTo(400);
    assertThat(json(loop).get("errors").get("manager").asString())
        .contains("Dee Dev reports to Hana Head")
        .contains("loop");
    assertThat(people.findById(head).orElseThrow().managerId()).isNull();
  }

  @Test
  void twoAdminsEditingOnePersonNeverSilentlyOverwriteEachOther() throws Exception {
    long person = add("eve.edited@example.com", "Eve Edited", lead, 2, Role.MEMBER);
    Person read = people.findById(person).orElseThrow();

    HttpResponse<String> first =
        put(ADMIN_PEOPLE + "/" + person, adminToken, edit(read, lead, 3, read.version()));
    HttpResponse<String> second =
        put(ADMIN_PEOPLE + "/" + person, adminToken, edit(read, head, 2, read.version()));

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(second.statusCode()).isEqualTo(409);
    assertThat(json(second).get("detail").asString())
        .contains("someone else changed Eve Edited")
        .contains("level 3");
    Person now = people.findById(person).orElseThrow();
    assertThat(now.level()).isEqualTo(3);
    assertThat(now.managerId()).isEqualTo(lead);
  }

  @Test
  void aPromotionIsKeptInTheLevelHistoryAndTheAuditTrail() throws Exception {
    long person = add("pia.promoted@example.com", "Pia Promoted", lead, 2, Role.MEMBER);
    int version = people.findById(person).orElseThrow().version();

    HttpResponse<String> promoted =
        post(
            ADMIN_PEOPLE + "/" + person + "/promotions",
            adminToken,
            "{\"level\":3,\"since\":\"2026-01-05\",\"note\":\"Led the migration\",\"version\":"
                + version
                + "}");
    HttpResponse<String> down =
        post(ADMIN_PEOPLE + "/" + person + "/promotions", adminToken, "{\"level\":2}");

    assertThat(promoted.statusCode()).isEqualTo(201);
    JsonNode levels = json(promoted).get("levels");
    assertThat(levels.get(levels.size() - 1).get("level").asInt()).isEqualTo(3);
    assertThat(levels.get(levels.size() - 1).get("since").asString()).isEqualTo("2026-01-05");
    assertThat(levels.get(levels.size() - 1).get("note").asString()).isEqualTo("Led the migration");
    assertThat(people.findById(person).orElseThrow().level()).isEqualTo(3);
    assertThat(audit.of("person", Long.toString(person)))
        .anySatisfy(
            event -> {
              assertThat(event.action()).isEqualTo("promotion");
              assertThat(event.before()).isEqualTo("2");
              assertThat(event.after()).isEqualTo("3 since 2026-01-05");
            });
    assertThat(down.statusCode()).isEqualTo(400);
    assertThat(json(down).get("errors").get("level").asString()).contains("above 3");
  }

  @Test
  void anAdminAddsAPersonWithALevelHistoryFromTheStart() throws Exception {
    HttpResponse<String> added =
        post(
            ADMIN_PEOPLE,
            adminToken,
            "{\"name\":\"Ned New\",\"email\":\"Ned.New@Example.com\",\"managerId\":"
                + lead
                + ",\"framework\":\"/engineering/backend\",\"level\":1,\"levelSince\":\"2025-09-01\"}");
    HttpResponse<String> again =
        post(
            ADMIN_PEOPLE, adminToken, "{\"name\":\"Ned Again\",\"email\":\"ned.new@example.com\"}");
    HttpResponse<String> badLevel =
        post(
            ADMIN_PEOPLE,
            adminToken,
            "{\"name\":\"Lev\",\"email\":\"lev@example.com\",\"framework\":\"/engineering/backend\","
                + "\"level\":42}");

    assertThat(added.statusCode()).isEqualTo(201);
    assertThat(json(added).get("email").asString()).isEqualTo("ned.new@example.com");
    assertThat(json(added).get("levels").get(0).get("since").asString()).isEqualTo("2025-09-01");
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(json(again).get("errors").get("email").asString()).contains("Ned New already has");
    assertThat(badLevel.statusCode()).isEqualTo(400);
    assertThat(json(badLevel).get("errors").get("level").asString()).contains("1 to");
  }

  @Test
  void onlyAdminsManagePeople() throws Exception {
    assertThat(get(ADMIN_PEOPLE, headToken).statusCode()).isEqualTo(403);
    assertThat(post(ADMIN_PEOPLE + "/" + dev + "/deactivation", headToken, "").statusCode())
        .isEqualTo(403);
    assertThat(get(ADMIN_PEOPLE, null).statusCode()).isEqualTo(401);
  }

  @Test
  void thePeopleListFiltersByTeamTextFrameworkAndLevel() throws Exception {
    long boss = add("fi.boss@example.com", "Fi Boss", null, 5, Role.MEMBER);
    long middle = add("fi.middle@example.com", "Fi Middle", boss, 4, Role.MEMBER);
    add("fi.one@example.com", "Fi One", middle, 1, Role.MEMBER);
    add("fi.two@example.com", "Fi Two", middle, 2, Role.MEMBER);

    assertThat(names(ADMIN_PEOPLE + "?team=" + boss))
        .containsExactly("Fi Middle", "Fi One", "Fi Two");
    assertThat(names(ADMIN_PEOPLE + "?manager=" + boss)).containsExactly("Fi Middle");
    assertThat(names(ADMIN_PEOPLE + "?team=" + boss + "&level=2")).containsExactly("Fi Two");
    assertThat(names(ADMIN_PEOPLE + "?q=FI.ONE")).containsExactly("Fi One");
    assertThat(names(ADMIN_PEOPLE + "?q=fi+&framework=/engineering/web")).isEmpty();
  }

  @Test
  void thePeopleListAsksTheDatabaseAsOftenForALongPageAsForAShortOne() throws Exception {
    long boss = add("many.boss@example.com", "Many Boss", null, 5, Role.MEMBER);
    for (int i = 0; i < 240; i++) {
      add("many" + i + "@example.com", "Many " + i, boss, 1 + i % 5, Role.MEMBER);
    }
    // Once, so that what is prepared once per application (sign-in, caches) is not counted.
    get(ADMIN_PEOPLE + "?team=" + boss + "&size=5", adminToken);

    long before = statements.sofar();
    HttpResponse<String> small = get(ADMIN_PEOPLE + "?team=" + boss + "&size=5", adminToken);
    long forFive = statements.sofar() - before;
    before = statements.sofar();
    HttpResponse<String> large = get(ADMIN_PEOPLE + "?team=" + boss + "&size=200", adminToken);
    long forTwoHundred = statements.sofar() - before;
    HttpResponse<String> last =
        get(ADMIN_PEOPLE + "?team=" + boss + "&size=200&page=2", adminToken);

    assertThat(json(small).get("people").size()).isEqualTo(5);
    assertThat(json(large).get("people").size()).isEqualTo(200);
    assertThat(json(large).get("total").asLong()).isEqualTo(240);
    assertThat(json(last).get("people").size()).isEqualTo(40);
    assertThat(forTwoHundred).isEqualTo(forFive);
  }

  @Test
  void thePeopleListFiltersBySubLevelAndShowsEachStanding() throws Exception {
    long boss = add("sub.boss@example.com", "Sub Boss", null, 5, Role.MEMBER);
    long ready = add("sub.ready@example.com", "Sub Ready", boss, 2, Role.MEMBER);
    add("sub.starting@example.com", "Sub Starting", boss, 2, Role.MEMBER);
    add("sub.nolevel@example.com", "Sub Nolevel", boss, null, Role.MEMBER);
    org.rungs.app.assessments.AssessmentRows assessments =
        new org.rungs.app.assessments.AssessmentRows(jdbc);
    for (org.rungs.framework.Criterion criterion :
        backend.topics().stream().flatMap(topic -> topic.criteriaAt(2).stream()).toList()) {
      assessments.write(
          ready,
          "/engineering/backend",
          criterion.id().value(),
          criterion.text(),
          org.rungs.progression.AssessmentView.AGREED,
          org.rungs.progression.AssessmentStatus.DEMONSTRATED,
          null,
          0,
          boss);
    }
    String team = ADMIN_PEOPLE + "?team=" + boss;

    assertThat(names(team + "&sublevel=D")).containsExactly("Sub Ready");
    assertThat(names(team + "&sublevel=a")).containsExactly("Sub Starting");
    assertThat(names(team + "&sublevel=none")).containsExactly("Sub Nolevel");
    assertThat(names(team + "&sublevel=D&level=3")).isEmpty();
    // Each row says where the person stands, as their own page does.
    JsonNode rows = json(get(team, adminToken)).get("people");
    List<String> standings = new ArrayList<>();
    rows.forEach(row -> standings.add(row.get("name").asString() + " " + row.get("standing")));
    assertThat(standings)
        .containsExactly("Sub Nolevel null", "Sub Ready \"2D\"", "Sub Starting \"2A\"");
    // The page for people shows the filter, and a wrong value narrows nothing.
    String page = get("/admin/people/?team=" + boss + "&sublevel=D", adminToken).body();
    assertThat(page).contains("<option value=\"D\" selected>D</option>").contains("Sub Ready");
    assertThat(names(team + "&sublevel=Z")).hasSize(3);
  }

  @Test
  void theSubLevelFilterAsksTheDatabaseAsOftenForALongPageAsForAShortOne() throws Exception {
    long boss = add("subs.boss@example.com", "Subs Boss", null, 5, Role.MEMBER);
    for (int i = 0; i < 240; i++) {
      add("subs" + i + "@example.com", "Subs " + i, boss, 1 + i % 5, Role.MEMBER);
    }
    String filter = ADMIN_PEOPLE + "?team=" + boss + "&sublevel=A";
    get(filter + "&size=5", adminToken);

    long before = statements.sofar();
    HttpResponse<String> small = get(filter + "&size=5", adminToken);
    long forFive = statements.sofar() - before;
    before = statements.sofar();
    HttpResponse<String> large = get(filter + "&size=200&page=2", adminToken);
    long forTwoHundred = statements.sofar() - before;

    assertThat(json(small).get("people").size()).isEqualTo(5);
    assertThat(json(small).get("total").asLong()).isEqualTo(240);
    assertThat(json(large).get("people").size()).isEqualTo(40);
    assertThat(forTwoHundred).isEqualTo(forFive);
  }

  private List<String> names(String path) throws Exception {
    HttpResponse<String> response = get(path, adminToken);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    json(response).get("people").forEach(row -> names.add(row.get("name").asString()));
    return names;
  }

  private static String edit(Person person, Long managerId, Integer level, int version) {
    return "{\"name\":\"%s\",\"email\":\"%s\",\"managerId\":%s,\"framework\":\"%s\",\"level\":%s,\"version\":%d}"
        .formatted(person.name(), person.email(), managerId, person.framework(), level, version);
  }

  private HttpResponse<String> send(String method, String path, String token, String body)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
