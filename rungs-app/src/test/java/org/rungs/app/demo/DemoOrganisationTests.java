package org.rungs.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rungs.app.RungsApplication;
import org.rungs.app.frameworks.FrameworkLibrary;
import org.rungs.app.people.Person;
import org.rungs.app.people.PersonRows;
import org.rungs.framework.Framework;
import org.rungs.progression.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import picocli.CommandLine;

@SpringBootTest(
    classes = RungsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoOrganisationTests {

  static final int PEOPLE = 300;
  static final String URL = h2();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> URL);
  }

  @Autowired DemoOrganisation demo;
  PersonRows repository;

  @Autowired
  void personRows(JdbcClient jdbc) {
    repository = new PersonRows(jdbc);
  }

  @Autowired JdbcClient jdbc;
  @Autowired FrameworkLibrary frameworks;

  DemoOrganisation.Summary summary;
  List<Person> people;
  Map<Long, Person> byId;

  @BeforeAll
  void generate() {
    summary = demo.generate(PEOPLE, 7, step -> {});
    List<Person> everyone = repository.findAll();
    people = everyone.stream().filter(p -> p.role() == Role.MEMBER).toList();
    byId = people.stream().collect(Collectors.toMap(Person::id, p -> p));
  }

  @Test
  void makesTheNumberOfPeopleAskedForAndOneAdmin() {
    assertThat(people).hasSize(PEOPLE);
    assertThat(summary.people()).isEqualTo(PEOPLE);
    assertThat(repository.count()).isEqualTo(PEOPLE + 1);
    Person admin = repository.findByEmail(DemoOrganisation.ADMIN_EMAIL).orElseThrow();
    assertThat(admin.role()).isEqualTo(Role.ADMIN);
    assertThat(summary.logins())
        .extracting(DemoOrganisation.Login::role)
        .containsExactly("admin", "manager of managers", "manager", "member");
    for (DemoOrganisation.Login login : summary.logins()) {
      assertThat(repository.passwordHash(login.email())).isPresent();
      assertThat(login.oneTimePassword()).isNotBlank();
    }
  }

  @Test
  void formsOneTreeWithManagersOfFourToNine() {
    assertThat(people.stream().filter(p -> p.managerId() == null)).hasSize(1);
    Map<Long, Integer> reports = new HashMap<>();
    int deepest = 0;
    for (Person person : people) {
      // Walking up from anyone reaches the head within the number of people: no cycles.
      Set<Long> seen = new HashSet<>();
      Person at = person;
      while (at.managerId() != null) {
        assertThat(seen.add(at.id())).as("cycle through %s", at.email()).isTrue();
        at = byId.get(at.managerId());
        assertThat(at).isNotNull();
      }
      deepest = Math.max(deepest, seen.size());
      if (person.managerId() != null) {
        reports.merge(person.managerId(), 1, Integer::sum);
      }
    }
    assertThat(deepest).isBetween(3, 5);
    assertThat(reports.values()).allSatisfy(n -> assertThat(n).isBetween(4, 9));
    assertThat(summary.managers()).isEqualTo(reports.size());
    // Every manager the demo logs in as has reports; the member reports to the manager.
    Person manager = repository.findByEmail(summary.logins().get(2).email()).orElseThrow();
    Person member = repository.findByEmail(summary.logins().get(3).email()).orElseThrow();
    assertThat(repository.findReportsOf(manager.id())).isNotEmpty();
    assertThat(member.managerId()).isEqualTo(manager.id());
  }

  @Test
  void placesEveryoneInAFrameworkAtOneOfItsLevels() {
    Set<String> disciplines = new HashSet<>();
    for (Person person : people) {
      Framework framework = frameworks.current().set().find(person.framework()).orElseThrow();
      assertThat(person.level()).isBetween(1, framework.levels());
      assertThat(person.levelSince()).isNotNull();
      if (person.targetLevel() != null) {
        assertThat(person.targetLevel()).isBetween(person.level(), framework.levels());
      }
      disciplines.add(person.framework());
    }
    assertThat(disciplines)
        .containsExactlyInAnyOrder(
            "/engineering/backend",
            "/engineering/web",
            "/design/product-design",
            "/data/data-science");
    assertThat(people.stream().filter(p -> !p.badges().isEmpty()))
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.badges()).containsExactly("/engineering/security-champion"));
    // Managers sit higher than the people in their teams, on average.
    double managers = averageLevel(people.stream().filter(this::managesSomeone).toList());
    double others = averageLevel(people.stream().filter(p -> !managesSomeone(p)).toList());
    assertThat(managers).isGreaterThan(others);
  }

  @Test
  void assessesOnlyCriteriaOfThePersonsFramework() {
    Map<String, Set<String>> criteria = new HashMap<>();
    for (Person person : people) {
      criteria.computeIfAbsent(
          person.framework(),
          path ->
              frameworks
                  .current()
                  .set()
                  .find(path)
                  .orElseThrow()
                  .criteria()
                  .map(c -> c.id().value())
                  .collect(Collectors.toSet()));
    }
    List<Map<String, Object>> rows =
        jdbc.sql(
                "select a.person_id, a.framework, a.criterion_id, p.framework as own"
                    + " from assessment a join person p on p.id = a.person_id")
            .query()
            .listOfRows();
    assertThat(rows).hasSize((int) summary.assessments()).hasSizeGreaterThan(PEOPLE * 5);
    assertThat(
            rows.stream()
                .filter(
                    row ->
                        !row.get("framework").equals(row.get("own"))
                            || !criteria
                                .get((String) row.get("own"))
                                .contains(row.get("criterion_id"))))
        .isEmpty();
    List<Map<String, Object>> linked =
        jdbc.sql(
                "select p.framework, ec.criterion_id from evidence_criterion ec"
                    + " join evidence e on e.id = ec.evidence_id join person p on p.id = e.person_id")
            .query()
            .listOfRows();
    assertThat(linked).isNotEmpty();
    assertThat(
            linked.stream()
                .filter(
                    row ->
                        !criteria
                            .get((String) row.get("framework"))
                            .contains(row.get("criterion_id"))))
        .isEmpty();
    // More demonstrated at people's own level than at the next.
    long demonstratedAtLevel = 0;
    long demonstratedAbove = 0;
    long atLevel = 0;
    long above = 0;
    Map<String, Framework> frameworkByPath = new HashMap<>();
    for (Person person : people) {
      frameworkByPath.computeIfAbsent(
          person.framework(), path -> frameworks.current().set().find(path).orElseThrow());
    }
    Map<String, Integer> levelOf = new HashMap<>();
    frameworkByPath.forEach(
        (path, framework) ->
            framework
                .topics()
                .forEach(
                    topic ->
                        topic
                            .levels()
                            .forEach(
                                level ->
                                    level
                                        .criteria()
                                        .forEach(
                                            c ->
                                                levelOf.putIfAbsent(
                                                    path + c.id().value(), level.level())))));
    for (Map<String, Object> row :
        jdbc.sql("select person_id, framework, criterion_id, agreed_status from assessment")
            .query()
            .listOfRows()) {
      Person person = byId.get(((Number) row.get("person_id")).longValue());
      if (row.get("agreed_status") == null) {
        continue;
      }
      boolean demonstrated = "DEMONSTRATED".equals(row.get("agreed_status"));
      if (levelOf.get(row.get("framework") + (String) row.get("criterion_id")) == person.level()) {
        atLevel++;
        demonstratedAtLevel += demonstrated ? 1 : 0;
      } else {
        above++;
        demonstratedAbove += demonstrated ? 1 : 0;
      }
    }
    assertThat((double) demonstratedAtLevel / atLevel)
        .isGreaterThan(2.0 * demonstratedAbove / above);
  }

  @Test
  void recordsCheckInsWithTheLatestTargetOnThePerson() {
    long agreed =
        jdbc.sql("select count(*) from check_in where state = 'AGREED'").query(Long.class).single();
    long open =
        jdbc.sql("select count(*) from check_in where state <> 'AGREED'")
            .query(Long.class)
            .single();
    assertThat(agreed + open).isEqualTo(summary.checkIns());
    assertThat(open).isEqualTo(summary.openCheckIns()).isPositive();
    assertThat(
            jdbc.sql(
                    "select count(*) from check_in where state = 'AGREED'"
                        + " and (agreed_at is null or target_level is null)")
                .query(Long.class)
                .single())
        .isZero();
    // Nothing happened in the future.
    assertThat(
            jdbc.sql(
                    "select (select count(*) from check_in where started_at > current_timestamp"
                        + " or agreed_at > current_timestamp)"
                        + " + (select count(*) from evidence where created_at > current_timestamp"
                        + " or happened_on > current_date)"
                        + " + (select count(*) from person where level_since > current_date)")
                .query(Long.class)
                .single())
        .isZero();
    // At most one open check-in per person.
    assertThat(
            jdbc.sql(
                    "select count(*) from (select person_id from check_in where state <> 'AGREED'"
                        + " group by person_id having count(*) > 1) x")
                .query(Long.class)
                .single())
        .isZero();
    // The person's target level is the one agreed in their latest check-in.
    List<Map<String, Object>> latest =
        jdbc.sql(
                "select c.person_id, c.target_level from check_in c where c.state = 'AGREED'"
                    + " and c.agreed_at = (select max(agreed_at) from check_in d"
                    + " where d.person_id = c.person_id and d.state = 'AGREED')")
            .query()
            .listOfRows();
    assertThat(latest).isNotEmpty();
    for (Map<String, Object> row : latest) {
      Person person = byId.get(((Number) row.get("person_id")).longValue());
      assertThat(person.targetLevel()).isEqualTo(((Number) row.get("target_level")).intValue());
    }
  }

  @Test
  void makesTheSamePeopleForTheSameSeedWithUniqueEmails() {
    List<String> emails = emails(demo.plan(PEOPLE, 7));
    assertThat(emails(demo.plan(PEOPLE, 7))).isEqualTo(emails);
    assertThat(emails(demo.plan(PEOPLE, 8))).isNotEqualTo(emails);
    assertThat(people.stream().map(Person::email).sorted().toList())
        .isEqualTo(emails.stream().sorted().toList());
    assertThat(new HashSet<>(emails)).hasSize(PEOPLE);
    assertThat(emails).allMatch(e -> e.matches("[a-z]+\\.[a-z]+(\\.[0-9]+)?@example\\.com"));
    // A bigger organisation still has unique emails, with numbers where names repeat.
    List<String> many = emails(demo.plan(20_000, 1));
    assertThat(new HashSet<>(many)).hasSize(20_000);
  }

  @Test
  void refusesAFullDatabaseAndBadNumbers() {
    assertThatThrownBy(() -> demo.generate(10, 1, step -> {}))
        .isInstanceOf(DemoOrganisation.Refused.class)
        .hasMessageContaining("already has " + (PEOPLE + 1) + " people");
    assertThatThrownBy(() -> demo.plan(0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(run("--people", "0").exitCode).isEqualTo(2);
    assertThat(run("--people", "100001").exitCode).isEqualTo(2);
    Run full = run("--people", "5", "--db-url", URL);
    assertThat(full.exitCode).isEqualTo(1);
    assertThat(full.err).contains("already has");
  }

  @Test
  void commandFillsAnEmptyDatabaseAndPrintsTheLogins() {
    Run run = run("--people", "40", "--seed", "3", "--db-url", h2());
    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.out).contains("Made 40 people").contains(DemoOrganisation.ADMIN_EMAIL);
    assertThat(run.out.lines().filter(l -> l.contains("@example.com") && !l.startsWith("planted")))
        .hasSize(4);
  }

  record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine command = new CommandLine(new DemoCommand());
    command.setOut(new PrintWriter(out));
    command.setErr(new PrintWriter(err));
    int exitCode = command.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  private boolean managesSomeone(Person person) {
    return people.stream().anyMatch(p -> Long.valueOf(person.id()).equals(p.managerId()));
  }

  private static double averageLevel(List<Person> people) {
    return people.stream().mapToInt(Person::level).average().orElseThrow();
  }

  private static List<String> emails(List<DemoOrganisation.Planned> planned) {
    return planned.stream().map(DemoOrganisation.Planned::email).toList();
  }

  private static String h2() {
    return "jdbc:h2:mem:"
        + UUID.randomUUID()
        + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
  }
}
