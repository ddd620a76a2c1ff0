package org.aftercare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PatientContextTest {

    @Test
    void agesZeroAndMaximumAreAccepted() {
        assertThat(PatientContext.builder().ageYears(0).build().ageYears()).hasValue(0);
        assertThat(PatientContext.builder().ageYears(130).build().ageYears()).hasValue(130);
        assertThat(PatientContext.MAX_AGE_YEARS).isEqualTo(130);
    }

    @Test
    void agesJustOutsideAreRejected() {
        assertThatThrownBy(() -> PatientContext.builder().ageYears(131))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("patient.ageYears must be between 0 and 130: 131");
        assertThatThrownBy(() -> PatientContext.builder().ageYears(-1))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("patient.ageYears must be between 0 and 130: -1");
    }

    @Test
    void defaultsAreUnknownWithNoNeeds() {
        PatientContext p = PatientContext.builder().build();
        assertThat(p.ageYears()).isEmpty();
        assertThat(p.opioidUseDisorder()).isEqualTo(Answer.UNKNOWN);
        assertThat(p.stimulantUseDisorder()).isEqualTo(Answer.UNKNOWN);
        assertThat(p.coOccurringMentalHealthDisorder()).isEqualTo(Answer.UNKNOWN);
        assertThat(p.pregnant()).isEqualTo(Answer.UNKNOWN);
        assertThat(p.needs()).isEmpty();
        assertThat(p).hasToString("PatientContext[age=unknown, oud=UNKNOWN, stimulantUseDisorder=UNKNOWN, "
                + "coOccurring=UNKNOWN, pregnant=UNKNOWN, needs=[]]");
    }

    @Test
    void toBuilderCopiesEveryFieldAndLeavesTheOriginalUnchanged() {
        PatientContext p = PatientContext.builder().ageYears(34).opioidUseDisorder(Answer.YES)
                .stimulantUseDisorder(Answer.NO).coOccurringMentalHealthDisorder(Answer.YES).pregnant(Answer.NO)
                .needs(SupportNeed.HOUSING, SupportNeed.LEGAL).build();
        PatientContext copy = p.toBuilder().build();
        assertThat(copy).isEqualTo(p).hasSameHashCodeAs(p);
        PatientContext older = p.toBuilder().ageYears(35).needs(SupportNeed.EMPLOYMENT).build();
        assertThat(older).isNotEqualTo(p);
        assertThat(older.needs()).containsExactly(SupportNeed.HOUSING, SupportNeed.EMPLOYMENT, SupportNeed.LEGAL);
        assertThat(p.ageYears()).hasValue(34);
        assertThat(p.needs()).containsExactly(SupportNeed.HOUSING, SupportNeed.LEGAL);
        assertThat(p).hasToString("PatientContext[age=34, oud=YES, stimulantUseDisorder=NO, coOccurring=YES, "
                + "pregnant=NO, needs=[HOUSING, LEGAL]]");
    }

    @Test
    void needsSetReplacesAndIsCopied() {
        Set<SupportNeed> needs = EnumSet.of(SupportNeed.PARENTING);
        PatientContext p = PatientContext.builder().needs(SupportNeed.HOUSING).needs(needs).build();
        needs.add(SupportNeed.LEGAL);
        assertThat(p.needs()).containsExactly(SupportNeed.PARENTING);
        assertThatThrownBy(() -> p.needs().add(SupportNeed.LEGAL)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nullAnswersAreRejected() {
        assertThatThrownBy(() -> PatientContext.builder().opioidUseDisorder(null))
                .isInstanceOf(NullPointerException.class).hasMessage("opioidUseDisorder");
        assertThatThrownBy(() -> PatientContext.builder().needs((SupportNeed) null))
                .isInstanceOf(NullPointerException.class).hasMessage("needs");
    }

    @Test
    void answerOfBoolean() {
        assertThat(Answer.of(true)).isEqualTo(Answer.YES);
        assertThat(Answer.of(false)).isEqualTo(Answer.NO);
        assertThat(Answer.YES.isYes()).isTrue();
        assertThat(Answer.NO.isYes()).isFalse();
        assertThat(Answer.UNKNOWN.isYes()).isFalse();
    }
}
