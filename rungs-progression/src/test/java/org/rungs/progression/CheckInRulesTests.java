package org.rungs.progression;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rungs.progression.CheckInRules.Allowed;
import org.rungs.progression.CheckInRules.NotNow;
import org.rungs.progression.CheckInRules.NotYours;

class CheckInRulesTests {

  @Test
  void thePersonOrAManagerStartsACheckInAtTheSelfAssessment() {
    assertThat(CheckInRules.start(Party.PERSON, "Dana"))
        .isEqualTo(new Allowed(null, CheckInStep.SELF_ASSESSMENT));
    assertThat(CheckInRules.start(Party.MANAGER, "Dana"))
        .isEqualTo(new Allowed(null, CheckInStep.SELF_ASSESSMENT));
    assertThat(CheckInRules.start(Party.OTHER, "Dana"))
        .isEqualTo(new NotYours("only Dana or their manager can start a check-in"));
  }

  @Test
  void onlyThePersonFinishesTheirSelfAssessment() {
    assertThat(CheckInRules.finishStep(CheckInStep.SELF_ASSESSMENT, Party.PERSON, "Dana"))
        .isEqualTo(new Allowed(CheckInStep.SELF_ASSESSMENT, CheckInStep.MANAGER_ASSESSMENT));
    assertThat(CheckInRules.finishStep(CheckInStep.SELF_ASSESSMENT, Party.MANAGER, "Dana"))
        .isEqualTo(new NotYours("only Dana can finish their self-assessment"));
  }

  @Test
  void onlyAManagerFinishesTheManagersAssessment() {
    assertThat(CheckInRules.finishStep(CheckInStep.MANAGER_ASSESSMENT, Party.MANAGER, "Dana"))
        .isEqualTo(new Allowed(CheckInStep.MANAGER_ASSESSMENT, CheckInStep.AGREEING));
    assertThat(CheckInRules.finishStep(CheckInStep.MANAGER_ASSESSMENT, Party.PERSON, "Dana"))
        .isEqualTo(new NotYours("only Dana's manager can finish the manager's assessment"));
  }

  @Test
  void aCheckInPastItsAssessmentsHasNoStepToFinishForAnyone() {
    for (Party party : Party.values()) {
      assertThat(CheckInRules.finishStep(CheckInStep.AGREEING, party, "Dana"))
          .isEqualTo(new NotNow("this check-in is agreeing; there is no step to finish"));
      assertThat(CheckInRules.finishStep(CheckInStep.AGREED, party, "Dana"))
          .isInstanceOf(NotNow.class);
    }
  }

  @Test
  void onlyAManagerRecordsTheAgreementAndOnlyWhileAgreeing() {
    assertThat(CheckInRules.agree(CheckInStep.AGREEING, Party.MANAGER, "Dana"))
        .isEqualTo(new Allowed(CheckInStep.AGREEING, CheckInStep.AGREED));
    assertThat(CheckInRules.agree(CheckInStep.MANAGER_ASSESSMENT, Party.MANAGER, "Dana"))
        .isEqualTo(new NotNow("this check-in is manager's assessment, not ready to agree"));
    assertThat(CheckInRules.agree(CheckInStep.AGREEING, Party.PERSON, "Dana"))
        .isEqualTo(new NotYours("only Dana's manager records the agreement, together with them"));
  }

  @Test
  void whoMayIsDecidedBeforeWhen() {
    assertThat(CheckInRules.agree(CheckInStep.SELF_ASSESSMENT, Party.PERSON, "Dana"))
        .isInstanceOf(NotYours.class);
    assertThat(CheckInRules.confirm(CheckInStep.SELF_ASSESSMENT, null, Party.MANAGER, "Dana"))
        .isInstanceOf(NotYours.class);
  }

  @Test
  void onlyThePersonConfirmsAnAgreementOnce() {
    assertThat(CheckInRules.confirm(CheckInStep.AGREED, null, Party.PERSON, "Dana"))
        .isEqualTo(new Allowed(CheckInStep.AGREED, CheckInStep.AGREED));
    assertThat(CheckInRules.confirm(CheckInStep.AGREED, null, Party.MANAGER, "Dana"))
        .isEqualTo(new NotYours("only Dana can confirm what they agreed with their manager"));
    assertThat(CheckInRules.confirm(CheckInStep.AGREEING, null, Party.PERSON, "Dana"))
        .isEqualTo(new NotNow("this check-in is agreeing; there is no agreement to confirm yet"));
    assertThat(
            CheckInRules.confirm(
                CheckInStep.AGREED, "confirmed on 2026-03-31", Party.PERSON, "Dana"))
        .isEqualTo(new NotNow("this agreement was already confirmed on 2026-03-31"));
  }

  @Test
  void everyStepButTheLastIsOpen() {
    assertThat(CheckInStep.values())
        .filteredOn(CheckInStep::isOpen)
        .containsExactly(
            CheckInStep.SELF_ASSESSMENT, CheckInStep.MANAGER_ASSESSMENT, CheckInStep.AGREEING);
  }
}
