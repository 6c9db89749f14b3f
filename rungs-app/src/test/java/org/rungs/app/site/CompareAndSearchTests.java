package org.rungs.app.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rungs.framework.Frameworks;

/**
 * Issue 10, defect 17: the compare page says what it did with a downward or same-level comparison
 * and shows the levels between; search groups by framework, marks the words found and suggests a
 * spelling when nothing matches.
 */
class CompareAndSearchTests {

  private static final SiteRenderer SITE =
      new SiteRenderer(Frameworks.load(Path.of("..", "frameworks")), "Rungs", false);

  @Test
  void aDownwardComparisonIsShownUpwardsWithANote() {
    String page = SITE.render("/engineering/backend/compare/4/2/", "").html();

    assertThat(page)
        .contains("You asked for level 4 to level 2: shown from 2 to 4")
        .contains("New at level 4");
  }

  @Test
  void aLevelComparedWithItselfSaysSo() {
    assertThat(SITE.render("/engineering/backend/compare/2/2/", "").html())
        .contains("Level 2 compared with itself: nothing changes.");
  }

  @Test
  void aJumpOverLevelsShowsEachStepBetween() {
    String page = SITE.render("/engineering/backend/compare/1/4/", "").html();

    assertThat(page)
        .contains("Step by step")
        .contains("Level 1 to 2:", "Level 2 to 3:", "Level 3 to 4:");
    assertThat(SITE.render("/engineering/backend/compare/2/3/", "").html())
        .doesNotContain("Step by step");
  }

  @Test
  void searchResultsAreGroupedByFrameworkWithTheWordsMarked() {
    String page = SITE.render("/search/", "review").html();

    assertThat(page).contains("<h2 class=\"result-framework\">").containsPattern("<mark>[Rr]eview");
  }

  @Test
  void aMisspeltSearchSuggestsTheWordMeant() {
    String page = SITE.render("/search/", "reveiw").html();

    assertThat(page).contains("0 criteria match").contains("Did you mean").contains(">review</a>?");
  }
}
