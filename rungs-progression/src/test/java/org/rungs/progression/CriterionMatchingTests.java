package org.rungs.progression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rungs.framework.Criterion;
import org.rungs.framework.CriterionId;
import org.rungs.framework.EditDistance;
import org.rungs.framework.Framework;
import org.rungs.framework.FrameworkParser;
import org.rungs.framework.Frameworks;
import org.rungs.progression.CriterionMatching.Move;
import org.rungs.progression.CriterionMatching.Place;
import org.rungs.progression.CriterionMatching.Reason;
import org.rungs.progression.CriterionMatching.Unmatched;

class CriterionMatchingTests {

  private static final String DOCS = "Writes clear design documents for the services they own";
  private static final String REVIEWS = "Reviews code promptly and kindly";
  private static final String ONCALL = "Takes part in the on-call rota for their team";

  /** A levelled framework of three levels whose topics are written as YAML list items. */
  static Framework framework(String topics) {
    String text =
        "---\npath: \"/f\"\ntitle: \"F\"\nyaml: true\nlevels: 3\ntopics:\n" + topics + "---\n";
    FrameworkParser.Parsed parsed = FrameworkParser.parse(text, "f.md");
    assertThat(parsed.problems()).as("test framework problems").isEmpty();
    return Frameworks.resolve(List.of("f.md"), List.of(parsed), List.of()).frameworks().get(0);
  }

  /** A topic with some levels, each written by {@link #level}. */
  static String topic(String name, String... levels) {
    return "  - name: \"" + name + "\"\n    content:\n" + String.join("", levels);
  }

  /** One level's criteria, each a quoted string or, starting with {@code id:}, a YAML mapping. */
  static String level(int level, String... criteria) {
    StringBuilder text = new StringBuilder("      - level: " + level + "\n        criteria:\n");
    for (String criterion : criteria) {
      text.append("          - ").append(quoted(criterion)).append('\n');
    }
    return text.toString();
  }

  private static String quoted(String criterion) {
    return criterion.startsWith("id:")
        ? criterion.replace("\n", "\n            ")
        : "\"" + criterion + "\"";
  }

  static CriterionId id(Framework framework, String text) {
    return framework
        .criteria()
        .filter(criterion -> criterion.text().equals(text))
        .map(Criterion::id)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no criterion \"" + text + "\""));
  }

  @Test
  void reorderingTopicsAndCriteriaChangesNothing() {
    Framework before =
        framework(topic("craft", level(1, DOCS, REVIEWS)) + topic("ops", level(2, ONCALL)));
    Framework after =
        framework(topic("ops", level(2, ONCALL)) + topic("craft", level(1, REVIEWS, DOCS)));

    CriterionMatching matching = CriterionMatching.between(before, after);

    assertThat(matching.unchanged())
        .containsExactly(id(before, DOCS), id(before, REVIEWS), id(before, ONCALL));
    assertThat(matching.moved()).isEmpty();
    assertThat(matching.matched()).isEmpty();
    assertThat(matching.unmatched()).isEmpty();
    assertThat(matching.added()).isEmpty();
  }

  @Test
  void carriesATypoFixOver() {
    String typo = "Reviews code promtly and kindly";
    Framework before = framework(topic("craft", level(1, DOCS, typo)));
    Framework after = framework(topic("craft", level(1, DOCS, REVIEWS)));

    CriterionMatching matching = CriterionMatching.between(before, after);

    assertThat(matching.matched())
        .singleElement()
        .satisfies(
            match -> {
              assertThat(match.before()).isEqualTo(id(before, typo));
              assertThat(match.after()).isEqualTo(id(after, REVIEWS));
              assertThat(match.similarity()).isGreaterThan(0.95);
              assertThat(match.reason()).isEqualTo("same topic and level, wording 97% alike");
            });
    assertThat(matching.carriedTo(id(before, typo))).contains(id(after, REVIEWS));
    assertThat(matching.unchanged()).containsExactly(id(before, DOCS));
    assertThat(matching.unmatched()).isEmpty();
    assertThat(matching.added()).isEmpty();
  }

  @Test
  void carriesARewordOfOneWordInTenOver() {
    String reworded = "Writes clear design documents for the systems they own";
    Framework before = framework(topic("craft", level(1, DOCS)));
    Framework after = framework(topic("craft", level(1, reworded)));

    CriterionMatching matching = CriterionMatching.between(before, after);

    assertThat(matching.carriedTo(id(before, DOCS))).contains(id(after, reworded));
    assertThat(matching.matched().get(0).similarity()).isBetween(0.8, 0.95);
  }

  @Test
  void leavesACompletelyNewSentenceUnmatched() {
    String fresh = "Mentors new joiners through their first month";
    Framework before = framework(topic("craft", level(1, DOCS)));
    Framework after = framework(topic("craft", level(1, fresh)));

    CriterionMatching matching = CriterionMatching.between(before, after);

    assertThat(matching.matched()).isEmpty();
    assertThat(matching.unmatched())
        .singleElement()
        .satisfies(
            unmatched -> {
              assertThat(unmatched.before()).isEqualTo(id(before, DOCS));
              assertThat(unmatched.text()).isEqualTo(DOCS);
              assertThat(unmatched.reason()).isEqualTo(Reason.REMOVED);
            });
    assertThat(matching.carriedTo(id(before, DOCS))).isEmpty();
    assertThat(matching.added()).containsExactly(id(after, fresh));
  }

  @Test
  void neverGuessesBetweenTwoNearIdenticalNewCriteria() {
    String run = "Writes clear design documents for the services they run";
    String build = "Writes clear design documents for the services they build";
    Framework before = framework(topic("craft", level(1, DOCS)));
    Framework after = framework(topic("craft", level(1, run, build)));

    CriterionMatching matching = CriterionMatching.between(before, after);

    assertThat(matching.matched()).isEmpty();
    Unmatched unmatched = matching.unmatched().get(0);
    assertThat(unmatched.reason()).isEqualTo(Reason.AMBIGUOUS);
    assertThat(unmatched.candidates()).containsExactly(id(after, run), id(after, build));
    assertThat(unmatched.explanation())
        .isEqualTo(
            "2 new criteria match it about equally well: \"" + run + "\", \"" + build + "\"");
    assertThat(matching.added()).containsExactly(id(after, run), id(after, build));
  }

  @Test
  void neverGuessesWhichOfTwoMergedCriteriaANewOneContinues() {
    String services = "Writes clear design documents for the services they run";
    String merged = "Writes clear design documents for the services they own or run";
    Framework before = framework(topic("craft", level(1, DOCS, services)));
    Framework after = framework(topic("craft", level(1, merged)));

    CriterionMatching matching = CriterionMatching.between(before, after);

    assertThat(matching.matched()).isEmpty();
    assertThat(matching.unmatched())
        .extracting(Unmatched::reason)
        .containsExactly(Reason.AMBIGUOUS, Reason.AMBIGUOUS);
    assertThat(matching.unmatched().get(0).explanation())
        .isEqualTo("\"" + merged + "\" matches it and \"" + services + "\" about equally well");
  }

  @Test
  void leavesADeletedCriterionUnmatchedAndKeepsTheRest() {
    Framework before = framework(topic("craft", level(1, DOCS, REVIEWS)));
    Framework after = framework(topic("craft", level(1, REVIEWS)));

    CriterionMatching matching = CriterionMatching.between(before, after);

    assertThat(matching.unchanged()).containsExactly(id(before, REVIEWS));
    Unmatched unmatched = matching.unmatched().get(0);
    assertThat(unmatched.reason()).isEqualTo(Reason.REMOVED);
    assertThat(unmatched.place()).isEqualTo(new Place("craft", 1));
    assertThat(unmatched.candidates()).isEmpty();
    assertThat(unmatched.explanation()).isEqualTo("nothing at \"craft\" level 1 resembles it now");
  }

  @Test
  void neverCarriesOverToACriterionThatWasAlreadyThere() {
    String similar = "Writes clear design documents for the services they run";
    Framework before = framework(topic("craft", level(1, DOCS, similar)));
    Framework after = framework(topic("craft", level(1, similar)));

    CriterionMatching matching = CriterionMatching.between(before, after);

    assertThat(matching.unmatched()).extracting(Unmatched::reason).containsExactly(Reason.REMOVED);
    assertThat(matching.carryOver()).containsOnlyKeys(id(before, similar));
  }

  @Test
  void explicitIdsAlwaysMatchThemselvesWhateverTheirWording() {
    Framework before =
        framework(topic("craft", level(1, "id: \"design-docs\"\ntext: \"" + DOCS + "\"")));
    Framework after =
        framework(
            topic(
                "ops",
                level(2, "id: \"design-docs\"\ntext: \"Keeps runbooks for every service\"")));

    CriterionMatching matching = CriterionMatching.between(before, after);

    CriterionId designDocs = new CriterionId("design-docs");
    assertThat(matching.unchanged()).containsExactly(designDocs);
    assertThat(matching.moved())
        .containsExactly(new Move(designDocs, new Place("craft", 1), new Place("ops", 2)));
    assertThat(matching.carriedTo(designDocs)).contains(designDocs);
    assertThat(matching.unmatched()).isEmpty();
  }

  @Test
  void aCriterionMovedToAnotherLevelOfItsTopicKeepsItsId() {
    Framework before = framework(topic("craft", level(1, DOCS, REVIEWS)));
    Framework after = framework(topic("craft", level(1, REVIEWS), level(2, DOCS)));

    CriterionMatching matching = CriterionMatching.between(before, after);

    assertThat(matching.unchanged()).containsExactly(id(before, DOCS), id(before, REVIEWS));
    assertThat(matching.moved())
        .containsExactly(new Move(id(before, DOCS), new Place("craft", 1), new Place("craft", 2)));
  }

  @Test
  void aCriterionMovedToAnotherTopicIsCarriedOverByItsWords() {
    Framework before = framework(topic("craft", level(1, DOCS, REVIEWS)));
    Framework after =
        framework(topic("craft", level(1, REVIEWS)) + topic("design", level(1, DOCS)));

    CriterionMatching matching = CriterionMatching.between(before, after);

    assertThat(id(after, DOCS)).isNotEqualTo(id(before, DOCS));
    assertThat(matching.matched())
        .singleElement()
        .satisfies(
            match -> {
              assertThat(match.after()).isEqualTo(id(after, DOCS));
              assertThat(match.similarity()).isEqualTo(1.0);
              assertThat(match.reason())
                  .isEqualTo("same wording, moved from \"craft\" level 1 to \"design\" level 1");
            });
  }

  @Test
  void renamingATopicCarriesAllItsCriteriaOver() {
    Framework before = framework(topic("craft", level(1, DOCS, REVIEWS)));
    Framework after = framework(topic("mastery", level(1, DOCS, REVIEWS)));

    CriterionMatching matching = CriterionMatching.between(before, after);

    assertThat(matching.carryOver())
        .containsEntry(id(before, DOCS), id(after, DOCS))
        .containsEntry(id(before, REVIEWS), id(after, REVIEWS));
    assertThat(matching.unmatched()).isEmpty();
    assertThat(matching.added()).isEmpty();
  }

  @Test
  void changesOfCasePunctuationOrMarkdownAloneKeepTheSameWords() {
    Framework before = framework(topic("craft", level(1, "Writes **clear** design docs")));
    Framework after = framework(topic("craft", level(1, "Writes clear design-docs.")));

    CriterionMatching matching = CriterionMatching.between(before, after);

    assertThat(matching.matched())
        .singleElement()
        .satisfies(
            match -> {
              assertThat(match.similarity()).isEqualTo(1.0);
              assertThat(match.reason())
                  .isEqualTo("same words; only case, punctuation or formatting changed");
            });
  }

  @Test
  void theSameWordsInTwoNewPlacesAreAmbiguous() {
    Framework before = framework(topic("craft", level(1, DOCS)));
    Framework after = framework(topic("design", level(1, DOCS)) + topic("ops", level(1, DOCS)));

    CriterionMatching matching = CriterionMatching.between(before, after);

    Unmatched unmatched = matching.unmatched().get(0);
    assertThat(unmatched.reason()).isEqualTo(Reason.AMBIGUOUS);
    assertThat(unmatched.explanation())
        .isEqualTo("its words are now in 2 criteria (\"design\" level 1, \"ops\" level 1)");
    assertThat(matching.added()).hasSize(2);
  }

  @Test
  void aRewordingThatAlsoChangedLevelIsNotMatched() {
    String reworded = "Writes clear design documents for the systems they own";
    Framework before = framework(topic("craft", level(1, DOCS)));
    Framework after = framework(topic("craft", level(2, reworded)));

    CriterionMatching matching = CriterionMatching.between(before, after);

    assertThat(matching.matched()).isEmpty();
    assertThat(matching.unmatched()).extracting(Unmatched::reason).containsExactly(Reason.REMOVED);
  }

  @Test
  void namesTheClosestCriterionOfARewordingBeyondRecognition() {
    String rewritten = "Writes design documents that other teams can review";
    Framework before = framework(topic("craft", level(1, DOCS)));
    Framework after = framework(topic("craft", level(1, rewritten)));

    CriterionMatching matching = CriterionMatching.between(before, after);

    Unmatched unmatched = matching.unmatched().get(0);
    assertThat(unmatched.reason()).isEqualTo(Reason.REWORDED);
    assertThat(unmatched.candidates()).containsExactly(id(after, rewritten));
    assertThat(unmatched.explanation())
        .startsWith("reworded beyond recognition: the closest now, \"" + rewritten + "\", is ")
        .endsWith("% alike");
  }

  @Test
  void idsNeverInTheFrameworkBeforeAreCarriedNowhere() {
    Framework framework = framework(topic("craft", level(1, DOCS)));

    CriterionMatching matching = CriterionMatching.between(framework, framework);

    assertThat(matching.carriedTo(new CriterionId("craft-00000000"))).isEmpty();
    assertThat(matching.carryOver()).containsOnlyKeys(id(framework, DOCS));
  }

  @Test
  void wordingSimilarityForgivesTyposThatWordMeasuresWouldNot() {
    // Jaccard on words would score this 0.5: two of four distinct words shared.
    assertThat(Wording.similarity("Reviews code promtly", "Reviews code promptly"))
        .isGreaterThan(0.9);
    assertThat(Wording.words("**Writes** tests, _always_.")).isEqualTo("writes tests always");
    assertThat(EditDistance.between("backnd", "backend")).isEqualTo(1);
    assertThat(EditDistance.between("", "abc")).isEqualTo(3);
  }
}
