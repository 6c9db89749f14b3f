package org.rungs.progression;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AssessmentViewTests {

  @Test
  void onlyThePersonGivesTheirOwnView() {
    assertThat(AssessmentView.SELF.refusal(Party.PERSON, "Dana")).isEmpty();
    assertThat(AssessmentView.SELF.refusal(Party.MANAGER, "Dana"))
        .contains("only Dana can give their own view");
    assertThat(AssessmentView.SELF.refusal(Party.OTHER, "Dana")).isPresent();
  }

  @Test
  void onlyAManagerGivesTheManagersAndTheAgreedView() {
    for (AssessmentView view :
        new AssessmentView[] {AssessmentView.MANAGER, AssessmentView.AGREED}) {
      assertThat(view.refusal(Party.MANAGER, "Dana")).isEmpty();
      assertThat(view.refusal(Party.PERSON, "Dana"))
          .contains("only Dana's manager can give the manager's or the agreed view");
      assertThat(view.refusal(Party.OTHER, "Dana")).isPresent();
    }
  }

  @Test
  void eachPartyEditsTheirOwnViewOnAForm() {
    assertThat(AssessmentView.writtenBy(Party.PERSON)).isEqualTo(AssessmentView.SELF);
    assertThat(AssessmentView.writtenBy(Party.MANAGER)).isEqualTo(AssessmentView.MANAGER);
  }
}
