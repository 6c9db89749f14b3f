package org.rungs.progression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rungs.framework.FrameworkParser;
import org.rungs.framework.FrameworkSet;
import org.rungs.framework.Frameworks;
import org.rungs.framework.Severity;

class PeopleImportTests {

  static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

  static final ImportContext CONTEXT =
      new ImportContext(
          Map.of(
              "/engineering/backend", 6,
              "/engineering/frontend", 5,
              "/engineering/security", 0,
              "/management", 4,
              "/handbook", 0),
          Set.of(),
          Map.of(),
          TODAY);

  static final String HEADER = "email,name,manager_email,framework,level";

  static PeopleImport.Result read(String... lines) {
    return read(CONTEXT, lines);
  }

  static PeopleImport.Result read(ImportContext context, String... lines) {
    return PeopleImport.read(String.join("\n", lines), context);
  }

  static List<String> messages(PeopleImport.Result result) {
    return result.problems().stream().map(ImportProblem::toString).toList();
  }

  @Test
  void readsEveryColumnOfAGoodFile() {
    PeopleImport.Result result =
        read(
            "email,name,manager_email,framework,level,level_since,badges,role",
            "CTO@Example.com,Cleo Tan,,/management,4,2021-03-01,,admin",
            "ann@example.com,Ann Lee,cto@example.com,/engineering/backend,3,2024-04-01,"
                + "/engineering/security;/handbook,",
            "bob@example.com,Bob Ray,ann@example.com,/engineering/frontend,1,,,Member");

    assertThat(result.problems()).isEmpty();
    assertThat(result.isClean()).isTrue();
    assertThat(result.people())
        .containsExactly(
            new PersonRow(
                2,
                "cto@example.com",
                "Cleo Tan",
                null,
                "/management",
                4,
                LocalDate.of(2021, 3, 1),
                List.of(),
                Role.ADMIN),
            new PersonRow(
                3,
                "ann@example.com",
                "Ann Lee",
                "cto@example.com",
                "/engineering/backend",
                3,
                LocalDate.of(2024, 4, 1),
                List.of("/engineering/security", "/handbook"),
                Role.MEMBER),
            new PersonRow(
                4,
                "bob@example.com",
                "Bob Ray",
                "ann@example.com",
                "/engineering/frontend",
                1,
                null,
                List.of(),
                Role.MEMBER));
  }

  @Test
  void readsColumnsInAnyOrderAndCaseWithTrimmedValues() {
    PeopleImport.Result result =
        read(
            " Level , FRAMEWORK,Name,Email,Manager Email",
            " 2 , /engineering/backend , Ann Lee ,ann@example.com,");

    assertThat(result.problems()).isEmpty();
    PersonRow ann = result.people().get(0);
    assertThat(ann.email()).isEqualTo("ann@example.com");
    assertThat(ann.name()).isEqualTo("Ann Lee");
    assertThat(ann.level()).isEqualTo(2);
    assertThat(ann.managerEmail()).isNull();
  }

  @Test
  void readsAByteOrderMarkCrlfLineEndsAndQuotedValues() {
    PeopleImport.Result result =
        PeopleImport.read(
            "\uFEFF"
                + HEADER
                + "\r\n\"ann@example.com\",\"Lee, Ann \"\"Annie\"\"\",,/engineering/backend,\"3\"\r\n",
            CONTEXT);

    assertThat(result.problems()).isEmpty();
    assertThat(result.people())
        .singleElement()
        .satisfies(
            ann -> {
              assertThat(ann.email()).isEqualTo("ann@example.com");
              assertThat(ann.name()).isEqualTo("Lee, Ann \"Annie\"");
            });
  }

  @Test
  void locatesARowAtTheLineItStartsOnWhenAQuotedValueSpansLines() {
    PeopleImport.Result result =
        read(
            HEADER + ",notes",
            "ann@example.com,Ann Lee,,/engineering/backend,3,\"joined from",
            "the platform team\"",
            "",
            "bob@example.com,Bob Ray,,/engineering/backend,9,");

    assertThat(messages(result))
        .containsExactly(
            "line 1 (notes): warning: column \"notes\" is not one Rungs imports; it is ignored",
            "line 5 (level): error: level 9 but /engineering/backend has 6 levels");
    assertThat(result.people()).extracting(PersonRow::line).containsExactly(2);
  }

  @Test
  void countsLinesOfCrlfFilesWithQuotedLineBreaksAsAnEditorShowsThem() {
    PeopleImport.Result result =
        PeopleImport.read(
            "\uFEFF"
                + HEADER
                + ",notes\r\n"
                + "ann@x.io,Ann,,/management,1,\"line one\r\nline two\r\nline three\"\r\n"
                + "\r\n"
                + "bob@x.io,Bob,,/management,5,\r\n",
            CONTEXT);

    assertThat(result.errors())
        .extracting(ImportProblem::toString)
        .containsExactly("line 6 (level): error: level 5 but /management has 4 levels");
  }

  @Test
  void readsADeepOrganisationQuickly() {
    StringBuilder file = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < 5_000; i++) {
      String manager = i == 0 ? "" : "p" + (i - 1) + "@x.io";
      file.append("p").append(i).append("@x.io,P ").append(i).append(',').append(manager);
      file.append(",/engineering/backend,").append(1 + i % 6).append('\n');
    }

    PeopleImport.Result result = PeopleImport.read(file.toString(), CONTEXT);

    assertThat(result.problems()).isEmpty();
    assertThat(result.people()).hasSize(5_000);
  }

  @Test
  void reportsEveryBadRowNotJustTheFirst() {
    PeopleImport.Result result =
        read(
            "email,name,manager_email,framework,level,level_since,badges,role",
            "ann@example.com,Ann Lee,,/engineering/backnd,7,2024-13-01,,owner",
            "bob.example.com,,ann@example.com,/engineering/backend,two,,/security,",
            "cat@example.com,Cat Ng,dan@example.com,/engineering/backend,3,2031-01-01,,",
            "eve@example.com,Eve Ito,ann@example.com,/handbook,1,,,",
            "fay@example.com,Fay Oh,ann@example.com,/engineering/backend,0,,,",
            "gus@example.com,Gus Wu,ann@example.com,/engineering/backend,2,,,");

    assertThat(messages(result))
        .containsExactly(
            "line 2 (framework): error: unknown framework \"/engineering/backnd\"; did you mean"
                + " \"/engineering/backend\"?",
            "line 2 (level_since): error: level_since \"2024-13-01\" is not a date written"
                + " yyyy-mm-dd",
            "line 2 (role): error: role \"owner\" is neither admin nor member",
            "line 3 (email): error: \"bob.example.com\" is not an email address",
            "line 3 (name): error: name is missing; every person needs one",
            "line 3 (level): error: level \"two\" is not a whole number from 1 to 6",
            "line 3 (badges): error: unknown badge framework \"/security\"; did you mean"
                + " \"/engineering/security\"?",
            "line 4 (level_since): error: level_since 2031-01-01 is in the future (today is"
                + " 2025-06-30)",
            "line 4 (manager_email): error: manager dan@example.com is neither in this file nor"
                + " already in Rungs",
            "line 5 (framework): error: /handbook is a page without levels; people are placed on"
                + " a levelled framework",
            "line 6 (level): error: level 0 but levels count from 1");
    assertThat(result.isClean()).isFalse();
    assertThat(result.errors()).hasSize(11);
    assertThat(result.people()).extracting(PersonRow::email).containsExactly("gus@example.com");
  }

  @Test
  void aLevelIsCheckedAgainstItsOwnFramework() {
    PeopleImport.Result result =
        read(
            HEADER,
            "ann@example.com,Ann Lee,,/engineering/backend,6",
            "bob@example.com,Bob Ray,,/engineering/frontend,6",
            "cat@example.com,Cat Ng,,/nowhere,6",
            "dan@example.com,Dan Mo,,/management,2.5");

    assertThat(messages(result))
        .containsExactly(
            "line 3 (level): error: level 6 but /engineering/frontend has 5 levels",
            "line 4 (framework): error: unknown framework \"/nowhere\"",
            "line 5 (level): error: level \"2.5\" is not a whole number from 1 to 4");
  }

  @Test
  void suggestsTheClosestKnownFrameworkPath() {
    PeopleImport.Result result =
        read(
            HEADER,
            "ann@example.com,Ann Lee,,engineering/backend,1",
            "bob@example.com,Bob Ray,,/frontend,1",
            "cat@example.com,Cat Ng,,/Management,1");

    assertThat(result.errors())
        .extracting(ImportProblem::message)
        .containsExactly(
            "unknown framework \"engineering/backend\"; did you mean \"/engineering/backend\"?",
            "unknown framework \"/frontend\"; did you mean \"/engineering/frontend\"?",
            "unknown framework \"/Management\"; did you mean \"/management\"?");
  }

  @Test
  void aManagerMayBeInTheFileOrAlreadyInRungs() {
    ImportContext context = CONTEXT.withExistingPeople(Set.of("CTO@example.com"), Map.of());

    PeopleImport.Result result =
        read(
            context,
            HEADER,
            "bob@example.com,Bob Ray,ann@example.com,/engineering/backend,1",
            "ann@example.com,Ann Lee,Cto@Example.com,/engineering/backend,4");

    assertThat(result.problems()).isEmpty();
    assertThat(result.people())
        .extracting(PersonRow::managerEmail)
        .containsExactly("ann@example.com", "cto@example.com");
  }

  @Test
  void suggestsTheClosestKnownPersonForAnUnknownManager() {
    PeopleImport.Result result =
        read(
            HEADER,
            "ann@example.com,Ann Lee,,/engineering/backend,4",
            "bob@example.com,Bob Ray,anne@example.com,/engineering/backend,1");

    assertThat(messages(result))
        .containsExactly(
            "line 3 (manager_email): error: manager anne@example.com is neither in this file nor"
                + " already in Rungs; did you mean ann@example.com?");
  }

  @Test
  void reportsEachPersonOfAReportingLoopOnceNamingTheLoop() {
    PeopleImport.Result result =
        read(
            HEADER,
            "a@x.io,A,b@x.io,/management,1",
            "b@x.io,B,a@x.io,/management,1",
            "c@x.io,C,d@x.io,/management,1",
            "d@x.io,D,e@x.io,/management,1",
            "e@x.io,E,c@x.io,/management,1",
            "f@x.io,F,a@x.io,/management,1");

    assertThat(messages(result))
        .containsExactly(
            "line 2 (manager_email): error: the reporting line loops: a@x.io → b@x.io → a@x.io",
            "line 3 (manager_email): error: the reporting line loops: b@x.io → a@x.io → b@x.io",
            "line 4 (manager_email): error: the reporting line loops: c@x.io → d@x.io → e@x.io →"
                + " c@x.io",
            "line 5 (manager_email): error: the reporting line loops: d@x.io → e@x.io → c@x.io →"
                + " d@x.io",
            "line 6 (manager_email): error: the reporting line loops: e@x.io → c@x.io → d@x.io →"
                + " e@x.io");
    assertThat(result.people()).extracting(PersonRow::email).containsExactly("f@x.io");
  }

  @Test
  void findsLoopsThroughPeopleAlreadyInRungs() {
    ImportContext context =
        CONTEXT.withExistingPeople(Set.of("boss@x.io", "vp@x.io"), Map.of("boss@x.io", "vp@x.io"));

    PeopleImport.Result result = read(context, HEADER, "vp@x.io,Vi Pham,boss@x.io,/management,4");

    assertThat(messages(result))
        .containsExactly(
            "line 2 (manager_email): error: the reporting line loops: vp@x.io → boss@x.io →"
                + " vp@x.io");
  }

  @Test
  void aRowReplacesTheManagerRungsKnewForThatPerson() {
    ImportContext context =
        CONTEXT.withExistingPeople(Set.of("ann@x.io", "bob@x.io"), Map.of("ann@x.io", "bob@x.io"));

    PeopleImport.Result result =
        read(
            context,
            HEADER,
            "ann@x.io,Ann Lee,,/management,4",
            "bob@x.io,Bob Ray,ann@x.io,/management,2");

    assertThat(result.problems()).isEmpty();
  }

  @Test
  void rejectsSomeoneManagingThemselves() {
    PeopleImport.Result result =
        read(HEADER, "ann@example.com,Ann Lee,ANN@example.com,/engineering/backend,4");

    assertThat(messages(result))
        .containsExactly(
            "line 2 (manager_email): error: ann@example.com cannot be their own manager");
  }

  @Test
  void rejectsTheSameEmailTwiceIgnoringCase() {
    PeopleImport.Result result =
        read(
            HEADER,
            "ann@example.com,Ann Lee,,/engineering/backend,4",
            "bob@example.com,Bob Ray,ann@example.com,/engineering/backend,1",
            "Ann@Example.com,Ann Lee (again),,/engineering/backend,3");

    assertThat(messages(result))
        .containsExactly(
            "line 4 (email): error: ann@example.com is also on line 2; each person appears once");
    assertThat(result.people()).extracting(PersonRow::line).containsExactly(2, 3);
  }

  @Test
  void rejectsAddressesThatAreNotEmails() {
    PeopleImport.Result result =
        read(
            HEADER,
            "Ann Lee <ann@example.com>,Ann Lee,,/management,1",
            "ann lee@example.com,Ann Lee,,/management,1",
            "ann@@example.com,Ann Lee,,/management,1",
            "ann@example..com,Ann Lee,,/management,1",
            "bob@example.com,Bob Ray,bob,/management,1",
            "cat@intranet,Cat Ng,,/management,1");

    assertThat(result.errors())
        .extracting(ImportProblem::line, ImportProblem::column)
        .containsExactly(
            tuple(2, "email"),
            tuple(3, "email"),
            tuple(4, "email"),
            tuple(5, "email"),
            tuple(6, "manager_email"));
    assertThat(result.errors().get(4).message()).isEqualTo("\"bob\" is not an email address");
  }

  @Test
  void rejectsControlCharactersAndOverLongNamesAndEmailsWithTheirRow() {
    PeopleImport.Result result =
        read(
            HEADER,
            "ann@x.io,Ann\u0000Lee,,/management,1",
            "bob\u001B@x.io,Bob,,/management,1",
            "cat@x.io,Cat\u202Egnl,,/management,1",
            "dan@x.io," + "D".repeat(201) + ",,/management,1",
            "e".repeat(320) + "@x.io,Eve,,/management,1");

    assertThat(messages(result))
        .containsExactly(
            "line 2 (name): error: name has a control character (U+0000) at character 4: remove it",
            "line 3 (email): error: email has a control character (U+001B) at character 4: remove it",
            "line 4 (name): error: name has a bidirectional control character (U+202E) at character"
                + " 4: remove it",
            "line 5 (name): error: a name has at most 200 characters, this one has 201",
            "line 6 (email): error: an email address has at most 320 characters, this one has 325");
  }

  @Test
  void rejectsANameBrokenOverTwoLines() {
    PeopleImport.Result result = read(HEADER, "ann@x.io,\"Ann\nLee\",,/management,1");

    assertThat(messages(result))
        .containsExactly("line 2 (name): error: name has a line break in it");
  }

  @Test
  void acceptsTodayButNotImpossibleDates() {
    PeopleImport.Result result =
        read(
            "email,name,framework,level,level_since",
            "ann@x.io,Ann,/management,1,2025-06-30",
            "bob@x.io,Bob,/management,1,2024-02-30",
            "cat@x.io,Cat,/management,1,30/06/2024",
            "dan@x.io,Dan,/management,1,2024-2-3");

    assertThat(result.errors()).extracting(ImportProblem::line).containsExactly(3, 4, 5);
    assertThat(result.people().get(0).levelSince()).isEqualTo(TODAY);
  }

  @Test
  void readsRolesInAnyCaseAndDefaultsToMember() {
    PeopleImport.Result result =
        read(
            "email,name,framework,level,role",
            "ann@x.io,Ann,/management,1,ADMIN",
            "bob@x.io,Bob,/management,1,",
            "cat@x.io,Cat,/management,1,manager");

    assertThat(result.people())
        .extracting(PersonRow::role)
        .containsExactly(Role.ADMIN, Role.MEMBER);
    assertThat(messages(result))
        .containsExactly("line 4 (role): error: role \"manager\" is neither admin nor member");
  }

  @Test
  void reportsEveryMissingRequiredValue() {
    PeopleImport.Result result = read(HEADER, ",,,,", " , ,ann@x.io, , ", "bob@x.io");

    assertThat(messages(result))
        .containsExactly(
            "line 3 (email): error: email is missing; every person needs one",
            "line 3 (name): error: name is missing; every person needs one",
            "line 3 (framework): error: framework is missing; every person needs one",
            "line 3 (level): error: level is missing; every person needs one",
            "line 4 (name): error: name is missing; every person needs one",
            "line 4 (framework): error: framework is missing; every person needs one",
            "line 4 (level): error: level is missing; every person needs one");
  }

  @Test
  void rejectsAnEmptyFile() {
    for (String empty : List.of("", "\uFEFF", " \r\n\n ")) {
      PeopleImport.Result result = PeopleImport.read(empty, CONTEXT);

      assertThat(messages(result))
          .containsExactly(
              "line 1: error: the file is empty: its first line must be a header such as"
                  + " \"email,name,manager_email,framework,level,level_since,badges,role\"");
      assertThat(result.isClean()).isFalse();
    }
  }

  @Test
  void rejectsAFileWithoutAHeader() {
    PeopleImport.Result result =
        read("ann@example.com,Ann Lee,,/engineering/backend,4", "bob@x.io,Bob,,/management,1");

    assertThat(messages(result))
        .containsExactly(
            "line 1: error: the first line looks like a person, not a header: the file must start"
                + " with the column names, e.g. \"email,name,manager_email,framework,level\"");
  }

  @Test
  void recognisesASemicolonSeparatedFile() {
    PeopleImport.Result result =
        read("email;name;framework;level", "ann@example.com;Ann Lee;/engineering/backend;4");

    assertThat(messages(result))
        .containsExactly(
            "line 1: error: the header is one column, \"email;name;framework;level\": the file"
                + " looks semicolon-separated; save it as comma-separated CSV");
  }

  @Test
  void recognisesATabSeparatedFile() {
    PeopleImport.Result result = read("email\tname\tframework\tlevel");

    assertThat(result.errors().get(0).message()).contains("looks tab-separated");
  }

  @Test
  void reportsMissingColumnsAndWarnsAboutUnknownOnes() {
    PeopleImport.Result result = read("E-mail,name,team,,lvl", "ann@x.io,Ann,Core,,4");

    assertThat(messages(result))
        .containsExactly(
            "line 1 (framework): error: the header has no \"framework\" column; it needs email,"
                + " name, framework and level",
            "line 1 (level): error: the header has no \"level\" column; it needs email, name,"
                + " framework and level",
            "line 1 (team): warning: column \"team\" is not one Rungs imports; it is ignored",
            "line 1: warning: column 4 has no name; it is ignored",
            "line 1 (lvl): warning: column \"lvl\" is not one Rungs imports; it is ignored");
  }

  @Test
  void rejectsAColumnNamedTwice() {
    PeopleImport.Result result =
        read("email,name,framework,level,Email", "ann@x.io,Ann,/f,1,b@x.io");

    assertThat(messages(result))
        .containsExactly(
            "line 1 (email): error: column \"email\" appears twice in the header (columns 1 and 5)");
  }

  @Test
  void reportsAQuoteThatNeverClosesAndStopsThere() {
    PeopleImport.Result result =
        read(
            HEADER,
            "ann@x.io,Ann,bob@x.io,/management,1",
            "",
            "cat@x.io,\"Cat,,/management,1",
            "bob@x.io,Bob,,/management,1");

    assertThat(messages(result))
        .containsExactly(
            "line 4: error: a quoted value starts here and never ends; the rest of the file is"
                + " not read: check for a stray \"");
  }

  @Test
  void reportsTextAfterAClosingQuote() {
    PeopleImport.Result result =
        read(HEADER, "ann@x.io,Ann,,/management,1", "bob@x.io,\"Bob\" Ray,,/management,1");

    assertThat(result.errors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.line()).isEqualTo(3);
              assertThat(error.message()).startsWith("a quoted value is followed by more text");
            });
  }

  @Test
  void rejectsARowWithMoreValuesThanTheHeaderHasColumns() {
    PeopleImport.Result result =
        read(HEADER, "ann@x.io,Lee, Ann,,/management,1", "bob@x.io,Bob,,/management,1,,,");

    assertThat(result.errors())
        .extracting(ImportProblem::toString)
        .first()
        .isEqualTo(
            "line 2: error: the row has 6 values but the header has 5 columns; quote values that"
                + " contain commas, e.g. \"Lee, Ann\"");
    assertThat(result.errors()).extracting(ImportProblem::line).containsOnly(2);
  }

  @Test
  void skipsBlankLinesAndRowsOfEmptyCells() {
    PeopleImport.Result result =
        read(HEADER, "", "ann@x.io,Ann,,/management,1", ",,,,", "  ", ",,,,,,,");

    assertThat(result.problems()).isEmpty();
    assertThat(result.people()).hasSize(1);
  }

  @Test
  void aHeaderWithoutPeopleIsCleanWithAWarning() {
    PeopleImport.Result result = read(HEADER, "");

    assertThat(result.isClean()).isTrue();
    assertThat(result.people()).isEmpty();
    assertThat(result.warnings())
        .extracting(ImportProblem::toString)
        .containsExactly("line 1: warning: the file has a header but no people");
  }

  @Test
  void warningsAloneKeepAFileClean() {
    PeopleImport.Result result = read(HEADER + ",team", "ann@x.io,Ann,,/management,1,Core");

    assertThat(result.isClean()).isTrue();
    assertThat(result.warnings()).hasSize(1);
    assertThat(result.warnings().get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(result.people()).hasSize(1);
  }

  @Test
  void readsUtf8BytesAndFallsBackToWindows1252WithAWarning() {
    String text = HEADER + "\r\nzoe@x.io,Zoë Müller,,/management,1\r\n";

    PeopleImport.Result utf8 = PeopleImport.read(text.getBytes(StandardCharsets.UTF_8), CONTEXT);
    PeopleImport.Result windows =
        PeopleImport.read(text.getBytes(Charset.forName("windows-1252")), CONTEXT);

    assertThat(utf8.problems()).isEmpty();
    assertThat(utf8.people().get(0).name()).isEqualTo("Zoë Müller");
    assertThat(windows.people().get(0).name()).isEqualTo("Zoë Müller");
    assertThat(messages(windows))
        .containsExactly(
            "line 1: warning: the file is not UTF-8 and was read as Windows-1252: check names"
                + " with accents, or save it as \"CSV UTF-8\"");
  }

  @Test
  void takesTheKnownFrameworksFromAFrameworkSet() {
    String backend =
        "---\npath: \"/engineering/backend\"\ntitle: \"Backend\"\nyaml: true\nlevels: 3\n"
            + "topics:\n  - name: \"craft\"\n    content:\n      - level: 1\n        criteria:\n"
            + "          - \"Writes tests\"\n---\n";
    String handbook = "---\npath: \"/handbook\"\ntitle: \"Handbook\"\n---\nRead me.\n";
    FrameworkSet frameworks =
        Frameworks.resolve(
            List.of("backend.md", "handbook.md"),
            List.of(
                FrameworkParser.parse(backend, "backend.md"),
                FrameworkParser.parse(handbook, "handbook.md")),
            List.of());
    ImportContext context = ImportContext.of(frameworks, TODAY);

    assertThat(context.frameworks()).isEqualTo(Map.of("/engineering/backend", 3, "/handbook", 0));
    assertThat(
            read(context, HEADER + ",badges", "ann@x.io,Ann,,/engineering/backend,4,/handbook")
                .errors())
        .extracting(ImportProblem::message)
        .containsExactly("level 4 but /engineering/backend has 3 levels");
  }

  @Test
  void contextAndRowsRejectImpossibleValues() {
    assertThatThrownBy(
            () -> CONTEXT.withExistingPeople(Set.of("ann@x.io"), Map.of("bob@x.io", "ann@x.io")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bob@x.io, who is not an existing person");
    assertThatThrownBy(
            () -> new PersonRow(2, "ann@x.io", "Ann", null, "/f", 0, null, List.of(), Role.MEMBER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("level 0");
    assertThat(
            new PersonRow(2, "Ann@X.io", "Ann", "Bob@X.io", "/f", 1, null, List.of(), Role.ADMIN))
        .extracting(PersonRow::email, PersonRow::managerEmail)
        .containsExactly("ann@x.io", "bob@x.io");
  }
}
