package org.aftercare.jqwik;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.aftercare.PatientContext;
import org.aftercare.care.AftercarePlan;
import org.aftercare.care.AsamLevel;
import org.aftercare.care.AttendanceRecord;
import org.aftercare.care.Relapse;
import org.aftercare.care.SessionSchedule;
import org.aftercare.incentive.IncentiveEvent;
import org.aftercare.medication.CowsAssessment;
import org.aftercare.medication.CowsItem;
import org.aftercare.medication.MedicationRecord;
import org.aftercare.screening.DrugTest;
import org.aftercare.screening.SpecimenStatus;
import org.junit.jupiter.api.Test;

/** Default generation: every value is valid and coherent, and the generators reach the whole domain. */
class AftercareArbitrariesDefaultGenerationTest {

    @Property(tries = 300)
    void plansAreCoherent(@ForAll AftercarePlan plan) {
        assertThat(plan.placement().start()).isEqualTo(AftercareArbitraries.REFERENCE_DATE);
        assertThat(plan.placement().setting()).isEqualTo(plan.placement().level().setting());
        assertThat(plan.services()).hasSizeLessThanOrEqualTo(5);
        for (AttendanceRecord r : plan.attendance()) {
            SessionSchedule s = (SessionSchedule) plan.services().get(r.service()).schedule();
            assertThat(s.isSessionDate(r.date())).as("attendance on a session date").isTrue();
        }
        for (Relapse r : plan.relapses()) {
            assertThat(r.date()).isBetween(plan.continuingCareStart(), plan.continuingCareEnd());
        }
    }

    @Property(tries = 500)
    void cowsScoresAreAlwaysAllowedAnchors(@ForAll CowsAssessment cows) {
        for (CowsItem item : CowsItem.values()) {
            assertThat(item.allowedScores()).contains(cows.score(item));
        }
        assertThat(cows.total()).isBetween(0, 48);
    }

    @Property(tries = 300)
    void medicationRecordsAreSmallAndCoherent(@ForAll MedicationRecord record) {
        assertThat(record.regimens()).hasSize(1);
        var regimen = record.regimens().get(0);
        assertThat(record.doses()).hasSizeLessThanOrEqualTo(10)
                .allSatisfy(d -> assertThat(d.formulation()).isEqualTo(regimen.formulation()))
                .allSatisfy(d -> assertThat(d.date(AftercareArbitraries.ZONE)).isBetween(regimen.start(),
                        regimen.start().plusDays(59)));
        assertThat(record.takeHomeRequests()).allSatisfy(t -> assertThat(t.medication())
                .isEqualTo(regimen.medication()));
    }

    @Property(tries = 300)
    void drugTestsCarryResultsExactlyWhenCollected(@ForAll DrugTest test) {
        boolean notCollected = test.status() == SpecimenStatus.MISSED || test.status() == SpecimenStatus.REFUSED;
        assertThat(test.results().isEmpty()).isEqualTo(notCollected);
    }

    @Property(tries = 200)
    void eventStreamsAreChronological(@ForAll("streams") List<IncentiveEvent> events) {
        assertThat(events).isSortedAccordingTo(IncentiveEvent.chronological(AftercareArbitraries.ZONE));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<List<IncentiveEvent>> streams() {
        return AftercareArbitraries.incentiveEventStreams();
    }

    @Property(tries = 100)
    void timelinesKeepTheirInvariants(@ForAll Timeline t) {
        LocalDate end = t.end();
        assertThat(t.weeks()).isBetween(1, 52);
        assertThat(t.doses()).hasSize((int) t.days());
        assertThat(t.doses()).extracting(d -> d.date(t.zone())).isSorted().allSatisfy(d -> assertThat(d)
                .isBetween(t.start(), end));
        assertThat(t.drugTests()).extracting(DrugTest::collectedAt).isSorted();
        assertThat(t.reEngagements()).hasSizeLessThanOrEqualTo(t.relapses().size());
        assertThat(t.medicationRecord().doses()).isEqualTo(t.doses());
        assertThat(t.incentiveEvents()).hasSize(t.drugTests().size() + t.attendance().size() + t.doses().size());
    }

    @Test
    void theSameSeedGivesTheSameTimeline() {
        TimelineArbitrary a = Timelines.timelines().relapseRate(0.3);
        var f = org.aftercare.medication.Formulation.METHADONE_ORAL_LIQUID;
        assertThat(a.simulate(42, 30, f)).isEqualTo(a.simulate(42, 30, f));
        assertThat(a.simulate(42, 30, f)).isNotEqualTo(a.simulate(43, 30, f));
    }

    @Test
    void timelineRatesShapeTheHistory() {
        var f = org.aftercare.medication.Formulation.BUPRENORPHINE_SUBLINGUAL;
        Timeline clean = Timelines.timelines().urinePositivityRate(0).missedTestRate(0).attendanceRate(1)
                .missedDoseRuns(0, 1).relapseRate(0).simulate(7, 104, f);
        assertThat(clean.drugTests()).hasSize(208).noneMatch(d -> d.results().values().stream().anyMatch(r -> r.isPositive()));
        assertThat(clean.attendance()).allMatch(IncentiveEvent.Attendance::attended);
        assertThat(clean.longestMissedDoseRun()).isZero();
        assertThat(clean.relapses()).isEmpty();
        Timeline rough = Timelines.timelines().missedDoseRuns(0.2, 9).relapseRate(0.5).simulate(7, 104, f);
        assertThat(rough.relapses()).isNotEmpty();
        assertThat(rough.reEngagements()).isNotEmpty();
        assertThat(rough.longestMissedDoseRun()).isGreaterThanOrEqualTo(2);
        assertThat(rough.doses()).anyMatch(d -> d.kind() == org.aftercare.medication.DoseEventKind.MISSED);
    }

    @Test
    void timelineConfigurationRejectsNonsenseInsteadOfAdjustingIt() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> Timelines.timelines().weeks(10, 5));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> Timelines.timelines().urinePositivityRate(1.5));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> Timelines.timelines().attendanceRate(Double.NaN));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> Timelines.timelines().formulations(
                        org.aftercare.medication.Formulation.SUBLOCADE_MONTHLY));
    }

    @Test
    void generatorsReachTheWholeDomain() {
        Set<AsamLevel> levels = AftercareArbitraries.plans().sampleStream().limit(1500)
                .map(p -> p.placement().level()).collect(Collectors.toSet());
        assertThat(levels).containsExactlyInAnyOrder(AsamLevel.values());
        List<PatientContext> patients = AftercareArbitraries.patients().sampleStream().limit(2000).toList();
        assertThat(patients).anyMatch(p -> p.ageYears().isEmpty())
                .anyMatch(p -> p.ageYears().orElse(-1) < 18)
                .anyMatch(p -> p.ageYears().orElse(-1) >= 18);
        assertThat(AftercareArbitraries.adults().sampleStream().limit(500))
                .allSatisfy(p -> assertThat(p.ageYears().getAsInt()).isBetween(18, 130));
        assertThat(AftercareArbitraries.adolescents().sampleStream().limit(500))
                .allSatisfy(p -> assertThat(p.ageYears().getAsInt()).isBetween(12, 17));
        assertThat(AftercareArbitraries.plans().sampleStream().limit(1000))
                .anyMatch(p -> !p.attendance().isEmpty()).anyMatch(p -> !p.relapses().isEmpty());
        assertThat(AftercareArbitraries.evaluationRequests().sampleStream().limit(200))
                .anyMatch(r -> r.plan().isPresent()).anyMatch(r -> r.medication().isPresent())
                .anyMatch(r -> r.incentiveProgram().isPresent()).anyMatch(r -> r.plan().isEmpty());
        assertThat(AftercareArbitraries.doses().sampleStream().limit(500))
                .allSatisfy(d -> assertThat(d.milligrams()).isBetween(new java.math.BigDecimal("0.1"),
                        new java.math.BigDecimal("300")));
        assertThat(AftercareArbitraries.sessionSchedules().sampleStream().limit(500))
                .allSatisfy(s -> assertThat(s.sessionLength()).isBetween(Duration.ofMinutes(15), Duration.ofMinutes(240)));
        assertThat(AftercareArbitraries.medicationRecords().sampleStream().limit(500))
                .anyMatch(m -> !m.takeHomeRequests().isEmpty())
                .anyMatch(m -> m.doses().stream().anyMatch(d -> d.kind() == org.aftercare.medication.DoseEventKind.MISSED));
    }
}
