package org.rungs.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnersTests {

  private static Owners owners(String text) {
    Owners.Parsed parsed = Owners.parse(text, "OWNERS");
    assertThat(parsed.problems()).isEmpty();
    return parsed.owners();
  }

  @Test
  void lastMatchingRuleWins() {
    Owners owners =
        owners(
            """
            # Everyone's fallback
            *                      cto@example.com
            /engineering/          eng@example.com
            /engineering/backend   ada@example.com  grace@example.com   # the backend guild
            """);

    assertThat(owners.of("/engineering/backend"))
        .containsExactly("ada@example.com", "grace@example.com");
    assertThat(owners.of("/engineering/frontend")).containsExactly("eng@example.com");
    assertThat(owners.of("/people")).containsExactly("cto@example.com");
    assertThat(owners.ruleFor("/engineering/backend"))
        .get()
        .extracting(Owners.Rule::line)
        .isEqualTo(4);
  }

  @Test
  void leadingSlashAnchorsAndABareNameMatchesAtAnyDepth() {
    Owners owners =
        owners(
            """
            backend    any@example.com
            /backend   root@example.com
            """);

    assertThat(owners.of("/backend")).containsExactly("root@example.com");
    assertThat(owners.of("/engineering/backend")).containsExactly("any@example.com");
    assertThat(owners.of("/engineering/backend-platform")).isEmpty();
  }

  @Test
  void aPathMatchesEverythingUnderItAndATrailingSlashOnlyThat() {
    Owners owners =
        owners(
            """
            /engineering   all@example.com
            /data/         under@example.com
            """);

    assertThat(owners.of("/engineering")).containsExactly("all@example.com");
    assertThat(owners.of("/engineering/backend/payments")).containsExactly("all@example.com");
    assertThat(owners.of("/data/science")).containsExactly("under@example.com");
    assertThat(owners.of("/data")).isEmpty();
    assertThat(owners.of("/engineering-management")).isEmpty();
  }

  @Test
  void oneStarStaysInOnePartAndTwoStarsCrossParts() {
    Owners owners =
        owners(
            """
            /engineering/*        one@example.com
            /product/**/lead      deep@example.com
            *-management          managers@example.com
            """);

    assertThat(owners.of("/engineering/backend")).containsExactly("one@example.com");
    assertThat(owners.of("/engineering/backend/payments")).isEmpty();
    assertThat(owners.of("/product/lead")).containsExactly("deep@example.com");
    assertThat(owners.of("/product/design/ux/lead")).containsExactly("deep@example.com");
    assertThat(owners.of("/engineering/engineering-management"))
        .containsExactly("managers@example.com");
  }

  @Test
  void aRuleWithoutEmailsLeavesItsPathsWithoutOwners() {
    Owners owners =
        owners(
            """
            *             cto@example.com
            /sandbox
            """);

    assertThat(owners.of("/sandbox/new")).isEmpty();
  }

  @Test
  void badLinesAreSkippedWithLocatedProblems() {
    Owners.Parsed parsed =
        Owners.parse(
            """
            *   cto@example.com
            /engineering  @eng-team
            !/people  hr@example.com
            /data  data@example.com
            """,
            "OWNERS");

    assertThat(parsed.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "OWNERS:2:15: error RUNGS036: \"@eng-team\" is not an email address: write"
                + " 'PATH-OR-GLOB EMAIL [EMAIL...]'; this line is skipped",
            "OWNERS:3:1: error RUNGS035: '!/people': negated patterns ('!') are not supported;"
                + " this line is skipped");
    assertThat(parsed.owners().rules()).extracting(Owners.Rule::line).containsExactly(1, 4);
    assertThat(parsed.owners().of("/engineering/backend")).containsExactly("cto@example.com");
  }

  @Test
  void aFolderWithoutOwnersHasNoOwners(@TempDir Path folder) throws Exception {
    assertThat(Owners.load(folder).owners().of("/engineering")).isEmpty();

    Files.writeString(folder.resolve("OWNERS"), "\uFEFF* a@example.com\r\n/x b@example.com\r\n");

    assertThat(Owners.load(folder).owners().of("/x/y")).containsExactly("b@example.com");
  }
}
