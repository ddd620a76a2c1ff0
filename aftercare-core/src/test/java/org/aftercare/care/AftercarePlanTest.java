package org.aftercare.care;

import static org.aftercare.care.PlanFixtures.START;
import static org.aftercare.care.PlanFixtures.baseline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.aftercare.InvalidValueException;
import org.junit.jupiter.api.Test;

class AftercarePlanTest {
    private static final LocalDate MONDAY = START;

    @Test
    void attendanceForTheLastServiceIndexIsAccepted() {
        AftercarePlan plan = baseline().attendance(AttendanceRecord.of(1, START.plusDays(1), AttendanceStatus.ATTENDED))
                .attendance(AttendanceRecord.of(0, MONDAY, AttendanceStatus.MISSED)).build();
        assertThat(plan.attendance()).hasSize(2);
        assertThat(plan.attendance().get(0).service()).isEqualTo(1);
    }

    @Test
    void attendanceIndexOnePastTheServicesIsRejected() {
        assertThatThrownBy(() -> baseline()
                .attendance(AttendanceRecord.of(0, MONDAY, AttendanceStatus.ATTENDED))
                .attendance(AttendanceRecord.of(2, MONDAY, AttendanceStatus.ATTENDED)).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("plan.attendance[1].service must name one of the plan's 2 services: 2");
    }

    @Test
    void attendanceForAServiceWithoutSessionsIsRejected() {
        AftercarePlan.Builder b = baseline()
                .service(PlannedService.inPerson(Modality.RECOVERY_HOUSING, ResidentialStay.of(START, START.plusMonths(6))))
                .service(PlannedService.inPerson(Modality.PRIMARY_CARE, Referral.on(START)));
        assertThatThrownBy(() -> b.attendance(AttendanceRecord.of(2, MONDAY, AttendanceStatus.ATTENDED)).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("plan.attendance[0].service must name a service with a session schedule: 2");
        assertThatThrownBy(() -> baseline()
                .service(PlannedService.inPerson(Modality.PRIMARY_CARE, Referral.on(START)))
                .attendance(AttendanceRecord.of(2, MONDAY, AttendanceStatus.ATTENDED)).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("plan.attendance[0].service must name a service with a session schedule: 2");
    }

    @Test
    void negativeAttendanceIndexIsRejectedByTheRecord() {
        assertThatThrownBy(() -> AttendanceRecord.of(-1, MONDAY, AttendanceStatus.ATTENDED))
                .isInstanceOf(InvalidValueException.class).hasMessage("attendance.service must not be negative: -1");
    }

    @Test
    void continuingCareEndBeforeStartIsRejected() {
        assertThatThrownBy(() -> baseline().continuingCare(START, START.minusDays(1)).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("plan.continuingCare.end must not be before plan.continuingCare.start 2026-03-02: 2026-03-01");
        assertThat(baseline().continuingCare(START, START).build().continuingCareEnd()).isEqualTo(START);
    }

    @Test
    void missingRequiredPartsAreRejected() {
        assertThatThrownBy(() -> AftercarePlan.builder().build())
                .isInstanceOf(NullPointerException.class).hasMessage("plan.patient");
        assertThatThrownBy(() -> AftercarePlan.builder().patient(PlanFixtures.adult()).build())
                .isInstanceOf(NullPointerException.class).hasMessage("plan.placement");
    }

    @Test
    void toBuilderRoundTripsAndDefaultsMoudToUnknown() {
        AftercarePlan plan = baseline().relapse(Relapse.of(START.plusDays(3), RelapseSubstance.OPIOID)).build();
        assertThat(plan.toBuilder().build()).isEqualTo(plan).hasSameHashCodeAs(plan);
        assertThat(plan.steppingDownFrom()).contains(AsamLevel.V3_3_5);
        assertThat(plan.services()).hasSize(2);
        assertThat(plan).hasToString("AftercarePlan[asam3:2.1 OUTPATIENT, services=2, continuingCare=2026-03-02..2027-03-01]");
        AftercarePlan noMoud = AftercarePlan.builder().patient(PlanFixtures.adult())
                .placement(plan.placement()).continuingCare(START, START).build();
        assertThat(noMoud.moud()).isEqualTo(org.aftercare.MoudStatus.unknown());
        assertThat(noMoud.steppingDownFrom()).isEmpty();
    }

    @Test
    void placementEndBeforeStartIsRejected() {
        assertThatThrownBy(() -> CarePlacement.of(AsamLevel.V3_2_1, CareSetting.OUTPATIENT, START, START.minusDays(1)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("placement.end must not be before placement.start 2026-03-02: 2026-03-01");
    }
}
