package org.rungs.app.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.rungs.app.RungsApplication;
import org.rungs.app.audit.AuditTrail;
import org.rungs.app.testing.TestDatabases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Importing people from CSV: nothing is written until the file is clean, and every change is
 * audited.
 */
@SpringBootTest(classes = RungsApplication.class)
class PeopleImporterTests {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    String url = TestDatabases.h2();
    registry.add("spring.datasource.url", () -> url);
  }

  @Autowired PeopleImporter importer;
  @Autowired PersonRepository people;
  @Autowired AuditTrail audit;

  static final String HEADER = "email,name,manager_email,framework,level,level_since,role\n";

  private static byte[] csv(String rows) {
    return (HEADER + rows).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aDryRunOrAFileWithABadRowWritesNothingAndAReImportAuditsBeforeAndAfter() {
    String team =
        "ivy.lead@example.com,Ivy Lead,,/engineering/backend,4,2023-01-09,member\n"
            + "joe.dev@example.com,Joe Dev,ivy.lead@example.com,/engineering/backend,2,2024-06-03,member\n";
    long before = people.count();

    PeopleImporter.Report dryRun = importer.importCsv(csv(team), true, null);
    assertThat(dryRun.checked().isClean()).isTrue();
    assertThat(dryRun.added()).isEqualTo(2);
    assertThat(dryRun.written()).isFalse();
    assertThat(people.count()).isEqualTo(before);

    PeopleImporter.Report bad =
        importer.importCsv(
            csv(team + "kim@example.com,Kim,nobody@example.com,/engineering/backend,2,,member\n"),
            false,
            null);
    assertThat(bad.written()).isFalse();
    assertThat(bad.checked().errors())
        .singleElement()
        .satisfies(problem -> assertThat(problem.toString()).contains("nobody@example.com"));
    assertThat(people.count()).as("one bad row, nothing imported").isEqualTo(before);

    assertThat(importer.importCsv(csv(team), false, null).written()).isTrue();
    Person joe = people.findByEmail("joe.dev@example.com").orElseThrow();
    assertThat(joe.level()).isEqualTo(2);
    assertThat(joe.managerId())
        .isEqualTo(people.findByEmail("ivy.lead@example.com").orElseThrow().id());

    PeopleImporter.Report promoted =
        importer.importCsv(csv(team.replace(",2,2024-06-03,", ",3,2026-11-02,")), false, null);
    assertThat(promoted.updated()).isEqualTo(2);
    assertThat(people.findById(joe.id()).orElseThrow().level()).isEqualTo(3);
    AuditTrail.Event last =
        audit.of("person", Long.toString(joe.id())).stream()
            .filter(event -> event.action().equals("imported"))
            .reduce((first, second) -> second)
            .orElseThrow();
    assertThat(last.before())
        .isEqualTo(
            "joe.dev@example.com /engineering/backend level 2 reports to ivy.lead@example.com");
    assertThat(last.after())
        .isEqualTo(
            "joe.dev@example.com /engineering/backend level 3 reports to ivy.lead@example.com");
  }
}
