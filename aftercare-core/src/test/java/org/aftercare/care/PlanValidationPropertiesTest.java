package org.aftercare.care;

import static org.aftercare.care.PlanFixtures.BEFORE_START;
import static org.aftercare.care.PlanFixtures.START;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.aftercare.Answer;
import org.aftercare.Citation;
import org.aftercare.Evaluation;
import org.aftercare.Finding;
import org.aftercare.KernelRules;
import org.aftercare.MoudStatus;
import org.aftercare.OudMedication;
import org.aftercare.PatientContext;
import org.aftercare.PolicyLayer;
import org.aftercare.RuleDescriptor;
import org.aftercare.SupportNeed;

class PlanValidationPropertiesTest {
    private static final Map<String, RuleDescriptor> CATALOG = new HashMap<>();
    private static final PolicyLayer ADHERENCE = PolicyLayer.builder("clinic:adherence", "clinic adherence threshold")
            .set(CarePolicyKeys.MINIMUM_ADHERENCE, AdherenceThreshold.of(Period.ofDays(28), new BigDecimal("0.75")),
                    Citation.local("clinic protocol", "7", "2026-01"))
            .build();

    static {
        Stream.concat(CareRules.all().stream(), KernelRules.all().stream()).forEach(d -> CATALOG.put(d.code(), d));
    }

    // ---- intensity ----

    private static AftercarePlan iopWithGroupMinutes(int minutes) {
        return PlanFixtures.baseline().services(List.of(PlanFixtures.cbt(), PlanFixtures.group(Duration.ofMinutes(minutes))))
                .build();
    }

    private static List<Finding> intensityFindings(Evaluation e) {
        return e.findings().stream().filter(f -> f.code().startsWith("care.intensity.")).toList();
    }

    @Property(tries = 201, seed = "20261122")
    void weeklyHoursInsideTheAdultIopBoundsNeverYieldAnIntensityFinding(@ForAll("withinIop") int groupMinutes) {
        // 60 + 3 x m minutes a week, within [540, 1140] = 9-19 h
        assertThat(60 + 3 * groupMinutes).isBetween(540, 1140);
        assertThat(intensityFindings(PlanFixtures.validate(iopWithGroupMinutes(groupMinutes)))).isEmpty();
    }

    @Provide
    Arbitrary<Integer> withinIop() {
        return Arbitraries.integers().between(160, 360);
    }

    @Property(tries = 1000, seed = "20261122")
    void weeklyHoursOutsideTheAdultIopBoundsYieldExactlyOneIntensityFindingForAllTwelveWeeks(
            @ForAll("outsideIop") int groupMinutes) {
        List<Finding> found = intensityFindings(PlanFixtures.validate(iopWithGroupMinutes(groupMinutes)));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).code()).isEqualTo(groupMinutes < 160 ? CareRules.INTENSITY_BELOW_MINIMUM.code()
                : CareRules.INTENSITY_ABOVE_MAXIMUM.code());
        assertThat(found.get(0).message()).startsWith("Weeks 1-12 (2026-03-02 to 2026-05-24): ");
        assertThat(found.get(0).path()).isEqualTo("plan.services");
    }

    @Provide
    Arbitrary<Integer> outsideIop() {
        return Arbitraries.oneOf(Arbitraries.integers().between(1, 159), Arbitraries.integers().between(361, 720));
    }

    // ---- random plans ----

    /** A plan, the date it is validated as of, and the overlay layers of the policy. */
    record Case(AftercarePlan plan, LocalDate asOf, List<PolicyLayer> overlays, long seed) {
        Evaluation validate(AftercarePlan p) {
            return PlanFixtures.validate(p, asOf, overlays.toArray(PolicyLayer[]::new));
        }
    }

    private static Arbitrary<PatientContext> patients() {
        Arbitrary<Integer> age = Arbitraries.integers().between(0, 130).edgeCases(c -> c.add(17, 18)).injectNull(0.15);
        Arbitrary<Answer> answer = Arbitraries.of(Answer.class);
        Arbitrary<Set<SupportNeed>> needs = Arbitraries.of(SupportNeed.class).set().ofMaxSize(3);
        return Combinators.combine(age, answer, answer, answer, answer, needs).as((a, oud, stim, co, preg, n) -> {
            PatientContext.Builder b = PatientContext.builder().opioidUseDisorder(oud).stimulantUseDisorder(stim)
                    .coOccurringMentalHealthDisorder(co).pregnant(preg).needs(n);
            if (a != null) {
                b.ageYears(a);
            }
            return b.build();
        });
    }

    private static Arbitrary<MoudStatus> mouds() {
        return Arbitraries.oneOf(
                Arbitraries.of(MoudStatus.unknown(), MoudStatus.notOffered(), MoudStatus.offeredDeclined()),
                Arbitraries.of(OudMedication.class).set().ofMinSize(1)
                        .map(s -> new MoudStatus(org.aftercare.MoudEngagement.RECEIVING, s)));
    }

    private static Arbitrary<SessionSchedule> sessionSchedules() {
        Arbitrary<Set<DayOfWeek>> days = Arbitraries.of(DayOfWeek.class).set().ofMinSize(1).ofMaxSize(5);
        Arbitrary<Duration> length = Arbitraries.integers().between(15, 240).map(Duration::ofMinutes);
        Arbitrary<Integer> interval = Arbitraries.integers().between(1, 3);
        Arbitrary<Integer> startOffset = Arbitraries.integers().between(0, 14);
        Arbitrary<Integer> span = Arbitraries.integers().between(0, 200);
        return Combinators.combine(days, length, interval, startOffset, span)
                .as((d, l, i, o, n) -> new SessionSchedule(d, l, i, START.plusDays(o), START.plusDays(o + n)));
    }

    private static Arbitrary<PlannedService> services() {
        Arbitrary<Modality> modality = Arbitraries.of(Modality.class);
        Arbitrary<Boolean> telehealth = Arbitraries.of(true, false);
        Arbitrary<Boolean> referral = Arbitraries.of(true, false);
        Arbitrary<Integer> stayDays = Arbitraries.integers().between(0, 400);
        return Combinators.combine(modality, telehealth, referral, sessionSchedules(), stayDays).as((m, tele, ref, s, n) -> {
            if (m.role() == ModalityRole.RESIDENCE) {
                return PlannedService.inPerson(m, ResidentialStay.of(START, START.plusDays(n)));
            }
            ServiceSchedule schedule = m.role() != ModalityRole.CLINICAL && ref ? Referral.on(START) : s;
            return tele ? PlannedService.telehealth(m, schedule) : PlannedService.inPerson(m, schedule);
        });
    }

    /** Attendance picks: which session service, which of its dates, what happened. */
    private static Arbitrary<List<Tuple.Tuple3<Integer, Integer, AttendanceStatus>>> picks() {
        return Combinators.combine(Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 1000),
                Arbitraries.of(AttendanceStatus.class)).as(Tuple::of).list().ofMaxSize(25);
    }

    private static Arbitrary<List<Relapse>> relapses() {
        return Combinators.combine(Arbitraries.integers().between(-10, 300), Arbitraries.of(RelapseSubstance.class))
                .as((d, s) -> Relapse.of(START.plusDays(d), s)).list().ofMaxSize(3);
    }

    private static Arbitrary<List<PolicyLayer>> overlays() {
        List<PolicyLayer> all = new ArrayList<>(CarePolicies.alternatives());
        all.add(ADHERENCE);
        return Arbitraries.of(true, false).list().ofSize(all.size()).map(chosen -> {
            List<PolicyLayer> result = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (chosen.get(i)) {
                    result.add(all.get(i));
                }
            }
            return result;
        });
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<CarePlacement> placement = Combinators.combine(Arbitraries.of(AsamLevel.class),
                Arbitraries.of(CareSetting.class), Arbitraries.integers().between(0, 6), Arbitraries.integers().between(0, 120))
                .as((l, s, o, n) -> CarePlacement.of(l, s, START.plusDays(o), START.plusDays(o + n)));
        Arbitrary<AsamLevel> previous = Arbitraries.of(AsamLevel.class).injectNull(0.3);
        Arbitrary<Integer> continuingDays = Arbitraries.integers().between(0, 500);
        Arbitrary<LocalDate> asOf = Arbitraries.integers().between(-10, 400).map(START::plusDays);
        Arbitrary<AftercarePlan.Builder> partial = Combinators.combine(patients(), placement, previous, mouds(),
                services().list().ofMaxSize(5), continuingDays).as((p, pl, prev, moud, svcs, cc) -> {
                    AftercarePlan.Builder b = AftercarePlan.builder().patient(p).placement(pl).moud(moud).services(svcs)
                            .continuingCare(START, START.plusDays(cc));
                    if (prev != null) {
                        b.steppingDownFrom(prev);
                    }
                    return b;
                });
        return Combinators.combine(partial, picks(), relapses(), asOf, overlays(), Arbitraries.longs())
                .as((b, pk, rel, date, layers, seed) -> {
                    List<PlannedService> svcs = b.build().services();
                    List<Integer> sessionServices = new ArrayList<>();
                    for (int i = 0; i < svcs.size(); i++) {
                        if (svcs.get(i).schedule() instanceof SessionSchedule) {
                            sessionServices.add(i);
                        }
                    }
                    if (!sessionServices.isEmpty()) {
                        for (Tuple.Tuple3<Integer, Integer, AttendanceStatus> t : pk) {
                            int index = sessionServices.get(t.get1() % sessionServices.size());
                            List<LocalDate> dates = ((SessionSchedule) svcs.get(index).schedule()).sessionDates();
                            if (!dates.isEmpty()) {
                                b.attendance(AttendanceRecord.of(index, dates.get(t.get2() % dates.size()), t.get3()));
                            }
                        }
                    }
                    rel.forEach(b::relapse);
                    return new Case(b.build(), date, layers, seed);
                });
    }

    @Property(tries = 1000, seed = "20261122")
    void everyFindingIsWellFormedAndInTheCatalog(@ForAll("cases") Case c) {
        Evaluation e = c.validate(c.plan());
        for (Finding f : e.findings()) {
            assertThat(f.code()).isNotBlank();
            assertThat(CATALOG).containsKey(f.code());
            assertThat(CATALOG.get(f.code()).severities()).contains(f.severity());
            assertThat(f.path()).isNotBlank();
            assertThat(f.message()).isNotBlank();
            assertThat(f.citations()).isNotEmpty();
        }
        assertThat(e.findings()).isSortedAccordingTo(Finding.REPORT_ORDER).doesNotHaveDuplicates();
        assertThat(e.appliedThresholds()).doesNotHaveDuplicates();
    }

    @Property(tries = 1000, seed = "20261122")
    void validationIsDeterministic(@ForAll("cases") Case c) {
        assertThat(c.validate(c.plan())).isEqualTo(c.validate(c.plan()));
        assertThat(c.validate(c.plan().toBuilder().build())).isEqualTo(c.validate(c.plan()));
    }

    @Property(tries = 1000, seed = "20261122")
    void validationIsIndependentOfTheOrderOfAttendanceRecords(@ForAll("cases") Case c) {
        List<AttendanceRecord> shuffled = new ArrayList<>(c.plan().attendance());
        Collections.shuffle(shuffled, new Random(c.seed()));
        AftercarePlan.Builder b = AftercarePlan.builder().patient(c.plan().patient()).placement(c.plan().placement())
                .moud(c.plan().moud()).services(c.plan().services())
                .continuingCare(c.plan().continuingCareStart(), c.plan().continuingCareEnd());
        c.plan().steppingDownFrom().ifPresent(b::steppingDownFrom);
        c.plan().relapses().forEach(b::relapse);
        shuffled.forEach(b::attendance);
        assertThat(c.validate(b.build())).isEqualTo(c.validate(c.plan()));
    }

    @Property(tries = 1000, seed = "20261122")
    void baselineBeforeItStartsHasNoFindingsUnderAnyCombinationOfAlternativeLayers(
            @ForAll("overlayChoices") List<PolicyLayer> layers) {
        Evaluation e = PlanFixtures.validate(PlanFixtures.baseline().build(), BEFORE_START, layers.toArray(PolicyLayer[]::new));
        assertThat(e.findings()).isEmpty();
    }

    @Provide
    Arbitrary<List<PolicyLayer>> overlayChoices() {
        return overlays();
    }

    // ---- duration boundaries ----

    @Provide
    Arbitrary<LocalDate> anyStart() {
        return Arbitraries.integers().between(0, 3 * 366).map(LocalDate.of(2026, 1, 1)::plusDays)
                .edgeCases(c -> c.add(LocalDate.of(2026, 1, 31), LocalDate.of(2027, 2, 28), LocalDate.of(2028, 2, 29)));
    }

    @Property(tries = 1000, seed = "20261122")
    void continuingCareOfExactlyTheMinimumIsEnoughAndOneDayLessIsNot(@ForAll("anyStart") LocalDate start,
            @ForAll boolean twelveMonths) {
        Period minimum = twelveMonths ? Period.ofMonths(12) : Period.ofMonths(3);
        PolicyLayer[] layers = twelveMonths
                ? new PolicyLayer[] {CarePolicies.byName(CarePolicies.CONTINUING_CARE_12_MONTHS).orElseThrow()}
                : new PolicyLayer[0];
        LocalDate lastDay = start.plus(minimum).minusDays(1);
        AftercarePlan enough = PlanFixtures.baseline().continuingCare(start, lastDay).build();
        AftercarePlan short1 = PlanFixtures.baseline().continuingCare(start, lastDay.minusDays(1)).build();
        String code = CareRules.CONTINUING_CARE_BELOW_MINIMUM.code();
        assertThat(PlanFixtures.validate(enough, BEFORE_START, layers).findings(code)).isEmpty();
        List<Finding> found = PlanFixtures.validate(short1, BEFORE_START, layers).findings(code);
        assertThat(found).hasSize(1);
        long days = java.time.temporal.ChronoUnit.DAYS.between(start, lastDay);
        assertThat(found.get(0).message()).startsWith("Continuing care is planned from " + start + " to "
                + lastDay.minusDays(1) + " (" + days + " days), shorter than the policy minimum of " + minimum);
        assertThat(found.get(0).path()).isEqualTo("plan.continuingCare.end");
    }

    @Property(tries = 1000, seed = "20261122")
    void recoveryHousingOfExactlySixMonthsIsEnoughAndOneDayLessIsNot(@ForAll("anyStart") LocalDate start) {
        LocalDate lastDay = start.plusMonths(6).minusDays(1);
        String code = CareRules.RECOVERY_HOUSING_SHORT.code();
        AftercarePlan enough = PlanFixtures.baseline()
                .service(PlannedService.inPerson(Modality.RECOVERY_HOUSING, ResidentialStay.of(start, lastDay))).build();
        AftercarePlan short1 = PlanFixtures.baseline().service(
                PlannedService.inPerson(Modality.RECOVERY_HOUSING, ResidentialStay.of(start, lastDay.minusDays(1)))).build();
        assertThat(PlanFixtures.validate(enough).findings(code)).isEmpty();
        assertThat(PlanFixtures.validate(short1).findings(code)).singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo("plan.services[2].schedule"));
    }
}
