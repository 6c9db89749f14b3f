package org.rungs.app.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rungs.app.assessments.Assessment;
import org.rungs.app.assessments.Assessments;
import org.rungs.app.audit.AuditTrail;
import org.rungs.app.checkins.CheckInRows;
import org.rungs.app.checkins.CheckIns;
import org.rungs.app.evidence.EvidenceLog;
import org.rungs.app.people.Accounts;
import org.rungs.app.people.Person;
import org.rungs.app.people.PersonRows;
import org.rungs.app.system.Result;
import org.rungs.framework.Framework;
import org.rungs.progression.AssessmentStatus;
import org.rungs.progression.AssessmentView;
import org.rungs.progression.CheckInStep;
import org.rungs.progression.Role;
import org.rungs.progression.Standing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Editing a framework file carries assessments, evidence links and check-in focus over to reworded
 * criteria, and keeps the rest as "changed since assessed". Runs against H2 and PostgreSQL by its
 * subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CriterionCarryOverContract {

  static Path directory;

  @Autowired FrameworkLibrary frameworks;
  PersonRows people;

  @Autowired
  void personRows(JdbcClient jdbc) {
    people = new PersonRows(jdbc);
  }

  @Autowired Assessments assessments;
  @Autowired EvidenceLog evidence;
  @Autowired CriterionCarryOver carryOver;
  @Autowired AuditTrail audit;
  @Autowired Accounts accounts;
  @Autowired CheckIns checkIns;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  static final String BEFORE =
      """
      ---
      path: "/eng"
      title: "Engineering"
      yaml: true
      levels: 2
      topics:
        - name: "craft"
          title: "Craft"
          content:
            - level: 1
              criteria:
                - "Writes tests that describe the behaviour they check"
                - "Keeps the build green"
                - "Asks for help early"
            - level: 2
              criteria:
                - "Designs services other teams can use without a meeting"
      ---
      """;

  /** The first criterion reworded a little, the second replaced, the third as it was. */
  static final String AFTER =
      """
      ---
      path: "/eng"
      title: "Engineering"
      yaml: true
      levels: 2
      topics:
        - name: "craft"
          title: "Craft"
          content:
            - level: 1
              criteria:
                - "Writes tests that describe the behaviours they check"
                - "Runs the team's on-call rota for a week"
                - "Asks for help early"
            - level: 2
              criteria:
                - "Designs services other teams can use without a meeting"
      ---
      """;

  static void frameworksIn(DynamicPropertyRegistry registry) {
    try {
      directory = Files.createTempDirectory("rungs-carry-over");
      Files.writeString(directory.resolve("eng.md"), BEFORE);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    registry.add("rungs.frameworks.directory", () -> directory.toString());
  }

  long dana;
  long manager;

  @BeforeAll
  void people() {
    manager = add("manager@example.com", "Mo Manager", null);
    dana = add("dana@example.com", "Dana Dev", manager);
  }

  private long add(String email, String name, Long managerId) {
    return people.insert(
        new PersonRows.NewPerson(
            email, name, managerId, "/eng", 1, null, Role.MEMBER, List.of(), null));
  }

  private Person person(long id) {
    return people.findById(id).orElseThrow();
  }

  private String idOf(String text) {
    Framework framework = frameworks.current().set().find("/eng").orElseThrow();
    return framework
        .criteria()
        .filter(c -> c.text().equals(text))
        .findFirst()
        .orElseThrow()
        .id()
        .value();
  }

  private void agree(String criterionId) {
    assertThat(
            assessments.assess(
                person(manager),
                person(dana),
                criterionId,
                AssessmentView.AGREED,
                AssessmentStatus.DEMONSTRATED,
                null,
                0))
        .isEmpty();
  }

  private void edit(String content) throws IOException {
    Path file = directory.resolve("eng.md");
    // Read before writing: read after, the library may already have noticed the edit (it looks
    // whenever 100 ms have passed), and the wait below would wait for a change that came.
    long before = frameworks.current().number();
    Files.writeString(file, content);
    // The library notices changes by size and time; make the time move even on coarse clocks.
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
    long deadline = System.currentTimeMillis() + 10_000;
    while (frameworks.current().number() == before && System.currentTimeMillis() < deadline) {
      Thread.onSpinWait();
    }
    assertThat(frameworks.current().number()).isNotEqualTo(before);
  }

  @Test
  void rewordedCriteriaKeepTheirAssessmentsEvidenceAndAuditWhileReplacedOnesAreKeptAsChanged()
      throws Exception {
    String tests = idOf("Writes tests that describe the behaviour they check");
    String build = idOf("Keeps the build green");
    String help = idOf("Asks for help early");
    agree(tests);
    agree(build);
    agree(help);
    assertThat(
            evidence.add(
                person(dana),
                person(dana),
                new EvidenceLog.NewEvidence(
                    "Wrote the contract tests for billing",
                    null,
                    LocalDate.now(),
                    List.of(tests, help))))
        .isInstanceOf(Result.Done.class);
    assertThat(assessments.standing(person(dana)).orElseThrow().current().demonstrated())
        .isEqualTo(3);
    CheckInRows rows = new CheckInRows(jdbc);
    long checkIn = rows.start(dana, "/eng", manager);
    rows.advance(checkIn, CheckInStep.SELF_ASSESSMENT, CheckInStep.MANAGER_ASSESSMENT, 0);
    rows.advance(checkIn, CheckInStep.MANAGER_ASSESSMENT, CheckInStep.AGREEING, 1);
    rows.agree(checkIn, 2, manager, null, "", List.of(tests, build));
    // The pages about many people keep everyone's statuses in memory: they must follow too.
    assertThat(assessments.standings(List.of(person(dana))).get(dana))
        .isEqualTo(assessments.standing(person(dana)).orElseThrow());

    edit(AFTER);

    String testsNow = idOf("Writes tests that describe the behaviours they check");
    assertThat(testsNow).isNotEqualTo(tests);
    List<Assessment> all = assessments.of(person(dana));
    Assessment carried =
        all.stream().filter(a -> a.criterionId().equals(testsNow)).findFirst().orElseThrow();
    assertThat(carried.agreed()).isEqualTo(AssessmentStatus.DEMONSTRATED);
    // The wording that was assessed stays, so the page can say it was reworded since.
    assertThat(carried.criterionText())
        .isEqualTo("Writes tests that describe the behaviour they check");
    assertThat(all).noneMatch(a -> a.criterionId().equals(tests));

    assertThat(assessments.changedSinceAssessed(person(dana)))
        .extracting(Assessment::criterionId)
        .containsExactly(build);

    Standing standing = assessments.standing(person(dana)).orElseThrow();
    assertThat(standing.current().demonstrated()).isEqualTo(2);
    assertThat(standing.current().criteria()).isEqualTo(3);
    assertThat(assessments.standings(List.of(person(dana))).get(dana)).isEqualTo(standing);
    assertThat(assessments.agreedOf(List.of(person(dana))).get(dana))
        .containsOnlyKeys(
            new org.rungs.framework.CriterionId(testsNow),
            new org.rungs.framework.CriterionId(build),
            new org.rungs.framework.CriterionId(help));

    assertThat(evidence.recent(person(dana), 10).get(0).criterionIds())
        .containsExactlyInAnyOrder(testsNow, help);
    assertThat(checkIns.history(person(dana)).get(0).focus())
        .as("the check-in's focus moves with its criterion; a replaced one stays")
        .containsExactlyInAnyOrder(testsNow, build);

    List<AuditTrail.Event> events = audit.of("assessment", dana + ":/eng:" + testsNow);
    assertThat(events).extracting(AuditTrail.Event::action).contains("carried-over");
    AuditTrail.Event carriedOver =
        events.stream().filter(e -> e.action().equals("carried-over")).findFirst().orElseThrow();
    assertThat(carriedOver.actorId()).isNull();
    assertThat(carriedOver.before()).startsWith(tests);
    assertThat(carriedOver.after()).startsWith(testsNow).contains("alike");

    HttpResponse<String> page =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/people/" + dana + "/assess/1/"))
                    .header("Authorization", "Bearer " + accounts.newToken(person(dana)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Reworded since it was assessed")
        .contains("Writes tests that describe the behaviour they check");

    // Looking again changes nothing: the snapshot is now the new version.
    carryOver.catchUp();
    assertThat(audit.of("assessment", dana + ":/eng:" + testsNow)).hasSize(events.size());
    assertThat(carryOver.reconcile(frameworks.current().set().find("/eng").orElseThrow()).isEmpty())
        .isTrue();
  }
}
