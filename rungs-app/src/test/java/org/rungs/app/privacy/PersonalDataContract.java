package org.rungs.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.rungs.app.pay.PayFiles;
import org.rungs.app.people.Leavers;
import org.rungs.app.personaldata.PersonalData;
import org.rungs.app.testing.CommandRun;
import org.rungs.app.testing.MovableClock;
import org.rungs.progression.pay.Money;
import org.rungs.progression.pay.PayChange;
import org.rungs.progression.pay.PayReason;
import org.rungs.progression.pay.Sex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Personal data is complete by construction (issue 15): every table with a column pointing at a
 * person is covered by some feature's {@link PersonalData}; a person filled into every table (the
 * demo organisation, plus direct inserts for what it leaves empty) is exported whole and, once
 * erased, appears nowhere in a full dump of the database; retention erases leavers past the period
 * by the clock. Runs on H2 and PostgreSQL by its subclasses.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class PersonalDataContract {

  static final Instant START = Instant.parse("2030-06-01T10:00:00Z");
  static final String NAME = "Quintessa Wibblethorpe";
  static final String EMAIL = "quintessa.wibblethorpe@example.org";
  static final String NOTE = "zebra-lantern-4471";

  @TestConfiguration
  static class Clocks {
    // In place of the app's clock (notifications defines one): primary, under a name of its own.
    @Bean
    @Primary
    MovableClock movableClock() {
      return MovableClock.stoppedAt(START);
    }
  }

  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;
  @Autowired List<PersonalData> parts;
  @Autowired PersonalDataExport export;
  @Autowired Erasures erasures;
  @Autowired Leavers leavers;
  @Autowired Retention retention;
  @Autowired MovableClock clock;
  @Autowired PayFiles payFiles;

  /** The JDBC URL of this test's database, for the demo command. */
  abstract String url();

  /** The whole database as text: H2's SCRIPT, pg_dump for PostgreSQL. */
  abstract String dump() throws Exception;

  // ---- Every table that points at a person is covered ----

  /**
   * A column points at a person when it has a foreign key to {@code person}, or when its name is
   * {@code person_id}, ends in {@code _person_id} or {@code _by}, starts with {@code actor}, or is
   * {@code manager_id}; and {@code person} itself is covered. Flyway's own table (installed_by is a
   * database user) is not Rungs' data.
   */
  @Test
  void everyTableWithAColumnPointingAtAPersonIsCoveredByAPart() throws SQLException {
    Map<String, Set<String>> covered = new HashMap<>();
    parts.forEach(
        part ->
            part.tables()
                .forEach(
                    table ->
                        covered
                            .computeIfAbsent(table.table(), t -> new TreeSet<>())
                            .addAll(table.columns())));
    Set<String> pointing = new TreeSet<>();
    Set<String> existing = new TreeSet<>();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      String schema = connection.getSchema();
      try (ResultSet tables = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
        while (tables.next()) {
          String table = tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
          if (table.equals("flyway_schema_history")) {
            continue;
          }
          try (ResultSet columns =
              meta.getColumns(null, schema, tables.getString("TABLE_NAME"), "%")) {
            while (columns.next()) {
              String column = columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
              existing.add(table + "." + column);
              if (namedForAPerson(column)) {
                pointing.add(table + "." + column);
              }
            }
          }
          try (ResultSet keys =
              meta.getImportedKeys(null, schema, tables.getString("TABLE_NAME"))) {
            while (keys.next()) {
              if (keys.getString("PKTABLE_NAME").equalsIgnoreCase("person")) {
                pointing.add(
                    table + "." + keys.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
              }
            }
          }
        }
      }
    }
    pointing.add("person.id");
    Set<String> uncovered = new TreeSet<>();
    for (String column : pointing) {
      String[] tableAndColumn = column.split("\\.");
      if (!covered.getOrDefault(tableAndColumn[0], Set.of()).contains(tableAndColumn[1])) {
        uncovered.add(column);
      }
    }
    Set<String> claimed = new TreeSet<>();
    covered.forEach((table, columns) -> columns.forEach(c -> claimed.add(table + "." + c)));
    claimed.removeAll(existing);

    assertThat(uncovered)
        .as(
            "columns pointing at a person that no PersonalData part covers: add the table to its"
                + " feature's PersonalData.tables(), with export and erase (docs/privacy.md)")
        .isEmpty();
    assertThat(claimed).as("parts name columns the schema does not have").isEmpty();
  }

  static boolean namedForAPerson(String column) {
    return column.equals("person_id")
        || column.endsWith("_person_id")
        || column.endsWith("_by")
        || column.startsWith("actor")
        || column.equals("manager_id");
  }

  // ---- Export, erase, and nothing left in a dump ----

  @Test
  @Order(1) // the demo fills only an empty database
  void anErasedPersonIsNowhereInADumpOfTheDatabaseAndTheirExportHadEverything() throws Exception {
    CommandRun demo = CommandRun.of("demo", "--people", "30", "--seed", "7", "--db-url", url());
    assertThat(demo.exitCode()).as(demo.out() + demo.err()).isZero();
    long id = aManagerWithEverything();
    long report =
        jdbc.sql("select min(id) from person where manager_id = ?")
            .param(id)
            .query(Long.class)
            .single();
    long admin =
        jdbc.sql("select min(id) from person where role = 'ADMIN'").query(Long.class).single();
    String oldEmail =
        jdbc.sql("select email from person where id = ?").param(id).query(String.class).single();
    fillEveryTable(id, report, admin, oldEmail);
    int assessments = count("select count(*) from assessment");
    int checkIns = count("select count(*) from check_in");
    String statuses =
        jdbc.sql(
                "select string_agg(coalesce(agreed_status, '-'), ',' order by framework, criterion_id)"
                    + " from assessment where person_id = ?")
            .param(id)
            .query(String.class)
            .single();

    Map<String, String> zip = unzip(export.zip(leavers.byId(id).orElseThrow().person(), admin));

    assertThat(zip).containsKeys("README.txt", "personal-data.json", "summary.html");
    assertThat(zip.get("personal-data.json"))
        .contains(NAME, EMAIL, NOTE, "\"assessments\"", "\"check-ins\"", "\"evidence\"")
        .contains("token of " + NOTE, "\"sessions\"")
        .doesNotContain("token-digest-" + NOTE, "password_hash", "$argon2");
    assertThat(zip.get("personal-data.json"))
        .contains("\"level-history\"", "promoted " + NOTE, "98765.43", "\"notifications\"")
        .contains("\"overdue-reminders\"", "\"feedback-written\"", "feedback from " + NAME)
        .doesNotContain("hooks.example.org");
    assertThat(zip.get("summary.html")).contains(NAME, NOTE).doesNotContain("<script");
    assertThat(
            count(
                "select count(*) from audit_event where action = 'exported' and entity_id = '"
                    + id
                    + "'"))
        .isEqualTo(1);

    assertThat(erasures.erase(leavers.byId(id).orElseThrow(), admin)).isEmpty();

    String dump = dump().toLowerCase(Locale.ROOT);
    assertThat(dump).contains("erased person " + id).contains("written by their manager");
    for (String personal : List.of(NAME, EMAIL, NOTE, oldEmail)) {
      assertThat(dump)
          .as("the dump still holds " + personal)
          .doesNotContain(personal.toLowerCase(Locale.ROOT));
    }
    assertThat(
            jdbc.sql(
                    "select actor_id, before_value, after_value from audit_event"
                        + " where entity = 'person' and entity_id = ? and action = 'erased'")
                .param(Long.toString(id))
                .query()
                .listOfRows())
        .singleElement()
        .satisfies(stub -> assertThat(stub.values()).containsExactly(admin, null, null));
    assertThat(count("select count(*) from assessment")).as("counts stay").isEqualTo(assessments);
    assertThat(count("select count(*) from check_in")).isEqualTo(checkIns);
    assertThat(
            jdbc.sql(
                    "select string_agg(coalesce(agreed_status, '-'), ',' order by framework, criterion_id)"
                        + " from assessment where person_id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo(statuses);
    assertThat(count("select count(*) from person_session where person_id = " + id)).isZero();
    assertThat(count("select count(*) from api_token where person_id = " + id)).isZero();
    assertThat(count("select count(*) from pay_change where person_id = " + id)).isZero();
    assertThat(count("select count(*) from notification_outbox where person_id = " + id)).isZero();
    assertThat(count("select count(*) from feedback where author_id = " + id + " and anonymous"))
        .as("their feedback stays, anonymous")
        .isEqualTo(1);
    assertThat(erasures.erase(leavers.byId(id).orElseThrow(), admin))
        .as("erasing twice is refused")
        .isPresent();
  }

  private long aManagerWithEverything() {
    return jdbc.sql(
            """
            select min(p.id) from person p
            where exists (select 1 from person r where r.manager_id = p.id)
              and exists (select 1 from assessment a where a.person_id = p.id)
              and exists (select 1 from evidence e where e.person_id = p.id)
              and exists (select 1 from check_in c where c.person_id = p.id)
              and p.role <> 'ADMIN'
            """)
        .query(Long.class)
        .single();
  }

  /** What the demo leaves empty, and the unique texts to look for afterwards. */
  private void fillEveryTable(long id, long report, long admin, String oldEmail) {
    jdbc.sql(
            "update person set name = ?, email = ?, password_hash = ?, deactivated_at = ?,"
                + " deactivated_by = ? where id = ?")
        .params(
            NAME, EMAIL, "$argon2id$v=19$stand-in", at(START.minus(Duration.ofDays(30))), admin, id)
        .update();
    jdbc.sql("insert into person_badge (person_id, framework) values (?, '/engineering/web')")
        .param(id)
        .update();
    jdbc.sql("insert into api_token (person_id, token_hash, name) values (?, ?, ?)")
        .params(id, "token-digest-" + NOTE, "token of " + NOTE)
        .update();
    jdbc.sql("insert into person_session (session_key, person_id, client) values (?, ?, ?)")
        .params("session-" + NOTE, id, "browser of " + NOTE)
        .update();
    jdbc.sql(
            "update assessment set self_note = ?, manager_note = ?, agreed_note = ? where person_id = ?")
        .params("self " + NOTE, "manager about " + NAME, "agreed " + NOTE, id)
        .update();
    // What they wrote about others stays, under their anonymised row.
    jdbc.sql("update assessment set manager_note = ?, updated_by = ? where person_id = ?")
        .params("written by their manager", id, report)
        .update();
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into evidence (person_id, note, link, happened_on, created_by) values (?, ?, ?, ?, ?)")
        .params(
            id,
            "evidence " + NOTE,
            "https://example.org/" + NOTE,
            java.time.LocalDate.of(2030, 1, 2),
            id)
        .update(key, "id");
    long evidence = key.getKey().longValue();
    jdbc.sql(
            "insert into evidence_criterion (evidence_id, criterion_id) values (?, 'c-"
                + NOTE
                + "')")
        .param(evidence)
        .update();
    long checkIn =
        jdbc.sql("select min(id) from check_in where person_id = ?")
            .param(id)
            .query(Long.class)
            .single();
    jdbc.sql("update check_in set summary = ?, confirmation_note = ? where id = ?")
        .params("summary " + NOTE, "confirmation " + NOTE, checkIn)
        .update();
    jdbc.sql("insert into check_in_focus (check_in_id, criterion_id) values (?, ?)")
        .params(checkIn, "focus-criterion")
        .update();
    fillTablesOfLaterFeatures(id, report, admin);
    audit(
        admin, "person", Long.toString(id), "imported", oldEmail + " " + NAME, EMAIL + " " + NAME);
    audit(admin, "person", Long.toString(report), "imported", null, "manager " + EMAIL);
    audit(id, "assessment", id + ":/engineering/backend:x", "assess-self", null, "self " + NOTE);
    audit(id, "evidence", Long.toString(evidence), "added", null, id + " [c-" + NOTE + "]");
    audit(admin, "check-in", Long.toString(checkIn), "agreed", null, "summary " + NOTE);
  }

  /** Level history, pay, notifications, reminders and feedback: tables the demo may leave empty. */
  private void fillTablesOfLaterFeatures(long id, long report, long admin) {
    jdbc.sql(
            "insert into level_history (person_id, framework, level, since, recorded_by, note)"
                + " values (?, '/engineering/backend', 3, ?, ?, ?)")
        .params(id, java.time.LocalDate.of(2030, 3, 1), admin, "promoted " + NOTE)
        .update();
    jdbc.sql(
            "insert into level_history (person_id, framework, level, since, recorded_by, note)"
                + " values (?, '/engineering/backend', 2, ?, ?, 'written by their manager')")
        .params(report, java.time.LocalDate.of(2030, 3, 1), id)
        .update();
    java.util.Currency gbp = java.util.Currency.getInstance("GBP");
    payFiles.writeBulk(
        List.of(),
        List.of(
            new PayFiles.NewPay(
                id,
                new PayChange(
                    java.time.LocalDate.of(2030, 5, 1),
                    PayReason.REVIEW,
                    new Money(gbp, new java.math.BigDecimal("98765.43")),
                    java.math.BigDecimal.ONE,
                    new Money(gbp, java.math.BigDecimal.ZERO),
                    "London"),
                Sex.UNDISCLOSED)));
    jdbc.sql(
            "insert into notification_preference (person_id, email, slack, slack_webhook)"
                + " values (?, true, true, ?)")
        .params(id, "https://hooks.example.org/" + NOTE)
        .update();
    for (long to : List.of(id, report)) {
      jdbc.sql(
              "insert into notification_outbox (person_id, channel, kind, subject, body, link,"
                  + " created_at, next_attempt) values (?, 'email', 'agreement', ?, ?, null, ?, ?)")
          .params(
              to,
              "Agreement with " + NAME,
              "From " + EMAIL + ": " + (to == id ? NOTE : "written by their manager"),
              at(START),
              at(START))
          .update();
    }
    jdbc.sql("insert into check_in_reminder (person_id, due_on, sent_at) values (?, ?, ?)")
        .params(id, java.time.LocalDate.of(2030, 4, 1), at(START))
        .update();
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into feedback (framework, criterion_id, kind, body, author_id)"
                + " values ('/engineering/backend', null, 'COMMENT', ?, ?)")
        .params("feedback from " + NAME + " (" + EMAIL + ")", id)
        .update(key, "id");
    long feedback = key.getKey().longValue();
    jdbc.sql(
            "update feedback set status = 'ANSWERED', reply = ?, decided_by = ?, decided_at = ?"
                + " where id = ?")
        .params("thanks, " + NAME, admin, at(START), feedback)
        .update();
    jdbc.sql("insert into feedback_support (feedback_id, person_id) values (?, ?)")
        .params(feedback, report)
        .update();
  }

  private void audit(
      Long actor, String entity, String entityId, String action, String before, String after) {
    jdbc.sql(
            "insert into audit_event (actor_id, entity, entity_id, action, before_value, after_value)"
                + " values (?, ?, ?, ?, ?, ?)")
        .params(actor, entity, entityId, action, before, after)
        .update();
  }

  // ---- Retention ----

  @Test
  void retentionErasesOnlyThoseWhoLeftLongerAgoThanThePeriod() {
    long longGone = leaver("long.gone@example.org", START.minus(Duration.ofDays(800)));
    long recent = leaver("recent@example.org", START.minus(Duration.ofDays(200)));
    long active = leaver("active@example.org", null);

    assertThat(retention.due())
        .extracting(s -> s.person().id())
        .contains(longGone)
        .doesNotContain(recent, active);

    clock.moveBy(Duration.ofDays(600));
    assertThat(retention.due())
        .extracting(s -> s.person().id())
        .contains(longGone, recent)
        .doesNotContain(active);

    retention.nightly();

    assertThat(retention.due()).isEmpty();
    assertThat(leavers.byId(longGone).orElseThrow().isErased()).isTrue();
    assertThat(leavers.byId(recent).orElseThrow().isErased()).isTrue();
    assertThat(leavers.byId(active).orElseThrow().isErased()).isFalse();
    assertThat(leavers.byId(recent).orElseThrow().person().email())
        .isEqualTo("erased-" + recent + "@erased.invalid");
  }

  private long leaver(String email, Instant left) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("insert into person (email, name, deactivated_at) values (?, ?, ?)")
        .params(email, "Leaver " + email, left == null ? null : at(left))
        .update(key, "id");
    return key.getKey().longValue();
  }

  private int count(String sql) {
    return jdbc.sql(sql).query(Integer.class).single();
  }

  private static OffsetDateTime at(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /** Every row of every table, as text: where no dump tool is at hand. */
  String everyRow() throws SQLException {
    StringBuilder all = new StringBuilder();
    List<String> tables;
    try (Connection connection = dataSource.getConnection();
        ResultSet names =
            connection
                .getMetaData()
                .getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
      tables = new java.util.ArrayList<>();
      while (names.next()) {
        tables.add(names.getString("TABLE_NAME"));
      }
    }
    for (String table : tables) {
      jdbc.sql("select * from " + table)
          .query()
          .listOfRows()
          .forEach(row -> all.append(table).append(row).append('\n'));
    }
    return all.toString();
  }

  static Map<String, String> unzip(byte[] zip) throws IOException {
    Map<String, String> files = new HashMap<>();
    try (ZipInputStream in =
        new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return files;
  }
}
