package org.aftercare.jqwik;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.aftercare.Answer;
import org.aftercare.MoudEngagement;
import org.aftercare.MoudStatus;
import org.aftercare.OudMedication;
import org.aftercare.PatientContext;
import org.aftercare.SupportNeed;
import org.aftercare.care.AftercarePlan;
import org.aftercare.care.AsamLevel;
import org.aftercare.care.AttendanceRecord;
import org.aftercare.care.AttendanceStatus;
import org.aftercare.care.CarePlacement;
import org.aftercare.care.Modality;
import org.aftercare.care.ModalityRole;
import org.aftercare.care.PlannedService;
import org.aftercare.care.Referral;
import org.aftercare.care.Relapse;
import org.aftercare.care.RelapseSubstance;
import org.aftercare.care.ResidentialStay;
import org.aftercare.care.ServiceSchedule;
import org.aftercare.care.SessionSchedule;
import org.aftercare.evaluation.EvaluationRequest;
import org.aftercare.incentive.FundingPolicies;
import org.aftercare.incentive.IncentiveEvent;
import org.aftercare.incentive.IncentiveInstrument;
import org.aftercare.incentive.IncentivePreset;
import org.aftercare.incentive.IncentivePresets;
import org.aftercare.incentive.IncentiveProgram;
import org.aftercare.incentive.Money;
import org.aftercare.medication.CowsAssessment;
import org.aftercare.medication.CowsItem;
import org.aftercare.medication.Dose;
import org.aftercare.medication.DoseEvent;
import org.aftercare.medication.Formulation;
import org.aftercare.medication.MedicationRecord;
import org.aftercare.medication.OpioidExposure;
import org.aftercare.medication.OpioidKind;
import org.aftercare.medication.Regimen;
import org.aftercare.medication.RegimenPhase;
import org.aftercare.medication.TakeHomeRequest;
import org.aftercare.screening.Analyte;
import org.aftercare.screening.AnalyteResult;
import org.aftercare.screening.DrugTest;
import org.aftercare.screening.Outcome;
import org.aftercare.screening.Specimen;
import org.aftercare.screening.SpecimenStatus;

/**
 * Generators for the aftercare domain types, such as {@code AftercareArbitraries.plans()}.
 *
 * <p>Every generator builds its values through the public factories and builders of aftercare-core, so it
 * yields only valid values. Dates are anchored at {@link #REFERENCE_DATE} in {@link #ZONE}; instants at
 * {@link #REFERENCE_INSTANT}. Each factory states its defaults, its deliberate edge cases (the clinical
 * boundaries where rules change their answer) and what it shrinks towards.
 *
 * <pre>{@code
 * @Property
 * void myRule(@ForAll("plans") AftercarePlan plan) { ... }
 *
 * @Provide
 * Arbitrary<AftercarePlan> plans() { return AftercareArbitraries.plans(); }
 * }</pre>
 *
 * @implSpec This class is stateless and thread-safe; every call returns a new arbitrary.
 * @since 0.1.0
 */
public final class AftercareArbitraries {

    /** The date generated histories start on: Monday 2 March 2026. */
    public static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 3, 2);
    /** The clinic's zone used for generated instants: America/New_York. */
    public static final ZoneId ZONE = ZoneId.of("America/New_York");
    /** Noon on {@link #REFERENCE_DATE} in {@link #ZONE}. */
    public static final Instant REFERENCE_INSTANT = REFERENCE_DATE.atTime(LocalTime.NOON).atZone(ZONE).toInstant();
    /** The weekly hours at the adult intensive-outpatient boundaries (ASAM 2.1 minimum 9 h, below 20 h). */
    static final List<Integer> IOP_BOUNDARY_HOURS = List.of(9, 19, 20);
    /** COWS totals chosen as edge cases: the range ends and both sides of the start thresholds 8 and 12. */
    static final List<Integer> COWS_EDGE_TOTALS = List.of(0, 7, 8, 11, 12, 13, 48);
    /** Treatment days where methadone take-home tiers change. */
    static final List<Integer> TAKE_HOME_EDGE_DAYS = List.of(14, 15, 30, 31);
    /** Money amounts at and around the funding caps of {@link FundingPolicies}. */
    static final List<String> MONEY_EDGE_AMOUNTS = List.of("0.00", "0.01", "4.99", "5.00", "10.00", "15.00", "75.00",
            "75.01", "200.00", "599.00", "599.01", "750.00");

    private AftercareArbitraries() {
    }

    // ---- kernel ----

    /**
     * Returns ASAM levels of both editions; shrinks towards {@link AsamLevel#V3_0_5}, the first constant.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<AsamLevel> asamLevels() {
        return Arbitraries.of(AsamLevel.class);
    }

    /**
     * Returns every {@link Modality}; shrinks towards {@link Modality#INDIVIDUAL_COUNSELLING}.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Modality> modalities() {
        return Arbitraries.of(Modality.class);
    }

    /**
     * Returns patient contexts of any age from 0 to {@value PatientContext#MAX_AGE_YEARS}, or with the age unknown
     * (about 10%); every answer and up to three needs. Edge cases: ages 17 and 18 (the adolescent/adult boundary).
     * Shrinks towards an unknown age (or, when a failure needs an age, 18) with every answer {@link Answer#YES} and no
     * needs.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<PatientContext> patients() {
        return patientsAged(Arbitraries.integers().between(0, PatientContext.MAX_AGE_YEARS).shrinkTowards(18)
                .edgeCases(c -> c.add(17, 18)).injectNull(0.1));
    }

    /**
     * Returns adults, aged 18 to {@value PatientContext#MAX_AGE_YEARS}; edge cases 18 and 130; shrinks towards 18.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<PatientContext> adults() {
        return patientsAged(Arbitraries.integers().between(18, PatientContext.MAX_AGE_YEARS).shrinkTowards(18));
    }

    /**
     * Returns adolescents, aged 12 to 17; edge cases 12 and 17; shrinks towards 17.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<PatientContext> adolescents() {
        return patientsAged(Arbitraries.integers().between(12, 17).shrinkTowards(17));
    }

    private static Arbitrary<PatientContext> patientsAged(Arbitrary<Integer> ages) {
        Arbitrary<Answer> answer = Arbitraries.of(Answer.class);
        Arbitrary<Set<SupportNeed>> needs = Arbitraries.of(SupportNeed.class).set().ofMaxSize(3);
        return Combinators.combine(ages, answer, answer, answer, answer, needs).as((age, oud, stim, co, preg, n) -> {
            PatientContext.Builder b = PatientContext.builder().opioidUseDisorder(oud).stimulantUseDisorder(stim)
                    .coOccurringMentalHealthDisorder(co).pregnant(preg).needs(n);
            if (age != null) {
                b.ageYears(age);
            }
            return b.build();
        });
    }

    /**
     * Returns MOUD statuses: unknown, not offered, offered and declined, or receiving one to three medications.
     * Shrinks towards {@link MoudStatus#unknown()}.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<MoudStatus> moudStatuses() {
        return Arbitraries.oneOf(
                Arbitraries.of(MoudStatus.unknown(), MoudStatus.notOffered(), MoudStatus.offeredDeclined()),
                Arbitraries.of(OudMedication.class).set().ofMinSize(1)
                        .map(s -> new MoudStatus(MoudEngagement.RECEIVING, s)));
    }

    // ---- care ----

    /**
     * Returns session schedules: one to five weekdays, sessions of 15 to 240 minutes (edge cases 15 and 240),
     * every 1 to 4 weeks, starting 0 to 14 days after {@link #REFERENCE_DATE} and lasting up to a year.
     * Shrinks towards a one-day weekly schedule of 60 minutes on the reference date.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<SessionSchedule> sessionSchedules() {
        Arbitrary<Set<DayOfWeek>> days = Arbitraries.of(DayOfWeek.class).set().ofMinSize(1).ofMaxSize(5);
        Arbitrary<Duration> length = Arbitraries.integers().between(15, 240).shrinkTowards(60).map(Duration::ofMinutes);
        Arbitrary<Integer> interval = Arbitraries.integers().between(1, 4);
        Arbitrary<Integer> startOffset = Arbitraries.integers().between(0, 14);
        Arbitrary<Integer> span = Arbitraries.integers().between(0, 364);
        return Combinators.combine(days, length, interval, startOffset, span)
                .as((d, l, i, o, n) -> new SessionSchedule(d, l, i, REFERENCE_DATE.plusDays(o),
                        REFERENCE_DATE.plusDays(o + n)));
    }

    /**
     * Returns planned services of every modality, in person or by telehealth. Residence modalities get a
     * residential stay of up to 400 days; recovery-support and wrap-around modalities get a referral or a session
     * schedule; clinical modalities a session schedule ({@link #sessionSchedules()}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<PlannedService> plannedServices() {
        Arbitrary<Boolean> telehealth = Arbitraries.of(false, true);
        Arbitrary<Boolean> referral = Arbitraries.of(false, true);
        Arbitrary<Integer> stayDays = Arbitraries.integers().between(0, 400);
        return Combinators.combine(modalities(), telehealth, referral, sessionSchedules(), stayDays)
                .as((m, tele, ref, s, n) -> {
                    if (m.role() == ModalityRole.RESIDENCE) {
                        return PlannedService.inPerson(m, ResidentialStay.of(REFERENCE_DATE, REFERENCE_DATE.plusDays(n)));
                    }
                    ServiceSchedule schedule = m.role() != ModalityRole.CLINICAL && ref ? Referral.on(REFERENCE_DATE) : s;
                    return tele ? PlannedService.telehealth(m, schedule) : PlannedService.inPerson(m, schedule);
                });
    }

    /**
     * Returns aftercare plans: any patient ({@link #patients()}), a placement at any level in that level's setting
     * from {@link #REFERENCE_DATE} for 1 to 26 weeks, maybe a level stepped down from, zero to four services, any
     * MOUD status, continuing care of up to two years, up to eight attendance records on real session dates of the
     * plan's scheduled services, and up to three relapses during continuing care.
     *
     * <p>Edge cases: adult ASAM 2.1 plans with exactly 9, 19 and 20 hours of sessions a week, the
     * intensive-outpatient boundaries. Shrinks towards a plan with fewer services, records and relapses.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<AftercarePlan> plans() {
        Arbitrary<Optional<AsamLevel>> steppingDown = asamLevels().optional(0.5);
        Arbitrary<Integer> placementDays = Arbitraries.integers().between(6, 181).shrinkTowards(83);
        Arbitrary<Integer> ccStart = Arbitraries.integers().between(0, 30);
        Arbitrary<Integer> ccDays = Arbitraries.integers().between(0, 730).shrinkTowards(364);
        Arbitrary<List<int[]>> attendancePicks = Combinators.combine(Arbitraries.integers().between(0, 999),
                Arbitraries.integers().between(0, 999), Arbitraries.integers().between(0, 2))
                .as((a, b, c) -> new int[] {a, b, c}).list().ofMaxSize(8);
        Arbitrary<List<int[]>> relapsePicks = Combinators.combine(Arbitraries.integers().between(0, 999),
                Arbitraries.integers().between(0, RelapseSubstance.values().length - 1))
                .as((a, b) -> new int[] {a, b}).list().ofMaxSize(3);
        Arbitrary<AftercarePlan> plans = Combinators.combine(patients(), asamLevels(), placementDays, steppingDown,
                plannedServices().list().ofMaxSize(4), moudStatuses(), ccStart, ccDays)
                .flatAs((patient, level, days, down, services, moud, ccFrom, ccLength) ->
                        Combinators.combine(attendancePicks, relapsePicks).as((att, rel) -> {
                            AftercarePlan.Builder b = AftercarePlan.builder().patient(patient)
                                    .placement(CarePlacement.of(level, level.setting(), REFERENCE_DATE,
                                            REFERENCE_DATE.plusDays(days)))
                                    .services(services).moud(moud);
                            down.ifPresent(b::steppingDownFrom);
                            LocalDate ccFirst = REFERENCE_DATE.plusDays(ccFrom);
                            b.continuingCare(ccFirst, ccFirst.plusDays(ccLength));
                            addAttendance(b, services, att);
                            for (int[] r : rel) {
                                b.relapse(Relapse.of(ccFirst.plusDays(r[0] % (ccLength + 1)),
                                        RelapseSubstance.values()[r[1]]));
                            }
                            return b.build();
                        }));
        return plans.edgeCases(c -> IOP_BOUNDARY_HOURS.forEach(h -> c.add(iopPlan(h))));
    }

    private static void addAttendance(AftercarePlan.Builder b, List<PlannedService> services, List<int[]> picks) {
        List<Integer> scheduled = new ArrayList<>();
        for (int i = 0; i < services.size(); i++) {
            if (services.get(i).schedule() instanceof SessionSchedule) {
                scheduled.add(i);
            }
        }
        if (scheduled.isEmpty()) {
            return;
        }
        for (int[] p : picks) {
            int service = scheduled.get(p[0] % scheduled.size());
            List<LocalDate> dates = ((SessionSchedule) services.get(service).schedule()).sessionDates();
            if (!dates.isEmpty()) {
                b.attendance(AttendanceRecord.of(service, dates.get(p[1] % dates.size()), AttendanceStatus.values()[p[2]]));
            }
        }
    }

    /**
     * Obtains an adult (34, OUD, on buprenorphine) ASAM 2.1 outpatient plan for 12 weeks from
     * {@link #REFERENCE_DATE} with group therapy on five weekdays totalling exactly the given weekly hours.
     *
     * @param weeklyHours  the weekly hours, 1 to 60
     * @return the plan, not null
     */
    static AftercarePlan iopPlan(int weeklyHours) {
        PatientContext adult = PatientContext.builder().ageYears(34).opioidUseDisorder(Answer.YES)
                .stimulantUseDisorder(Answer.NO).coOccurringMentalHealthDisorder(Answer.NO).pregnant(Answer.NO).build();
        LocalDate end = REFERENCE_DATE.plusWeeks(12).minusDays(1);
        PlannedService group = PlannedService.inPerson(Modality.GROUP_THERAPY, SessionSchedule.weekly(
                Duration.ofMinutes(weeklyHours * 12L), REFERENCE_DATE, end, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY));
        return AftercarePlan.builder().patient(adult)
                .placement(CarePlacement.of(AsamLevel.V3_2_1, AsamLevel.V3_2_1.setting(), REFERENCE_DATE, end))
                .steppingDownFrom(AsamLevel.V3_3_5).service(group)
                .moud(MoudStatus.receiving(OudMedication.BUPRENORPHINE))
                .continuingCare(REFERENCE_DATE, REFERENCE_DATE.plusMonths(12).minusDays(1)).build();
    }

    // ---- medication ----

    /**
     * Returns doses in milligrams from 0.1 to 300 mg in steps of 0.1 mg. Edge cases: 0.1 mg and 300 mg.
     * Shrinks towards 1 mg.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Dose> doses() {
        return Arbitraries.integers().between(1, 3000).shrinkTowards(10)
                .map(tenths -> Dose.ofMilligrams(BigDecimal.valueOf(tenths, 1)));
    }

    /**
     * Returns COWS assessments at {@link #REFERENCE_INSTANT} plus up to seven days, with every item scored by one of
     * its allowed anchors ({@link CowsItem#allowedScores()}). Edge cases: totals 0, 7, 8, 11, 12, 13 and 48 (the range
     * ends and both sides of the buprenorphine start thresholds 8 and 12). Shrinks towards all items 0.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<CowsAssessment> cowsAssessments() {
        return cowsWithoutChosenEdgeCases()
                .edgeCases(c -> COWS_EDGE_TOTALS.forEach(t -> c.add(cowsWithTotal(REFERENCE_INSTANT, t))));
    }

    // Nested in lists, jqwik 1.9.3 fails on configured edge cases (UnsupportedOperationException in
    // GenericEdgeCasesConfiguration when the list asks for few edge cases), so lists use these plain variants.
    private static Arbitrary<CowsAssessment> cowsWithoutChosenEdgeCases() {
        List<Arbitrary<Integer>> items = new ArrayList<>();
        for (CowsItem item : CowsItem.values()) {
            items.add(Arbitraries.of(item.allowedScores().stream().sorted().toList()));
        }
        Arbitrary<List<Integer>> scores = Combinators.combine(items).as(List::copyOf);
        Arbitrary<Integer> minutes = Arbitraries.integers().between(0, 7 * 24 * 60);
        return Combinators.combine(minutes, scores).as((m, s) -> {
            Map<CowsItem, Integer> map = new EnumMap<>(CowsItem.class);
            for (CowsItem item : CowsItem.values()) {
                map.put(item, s.get(item.ordinal()));
            }
            return new CowsAssessment(REFERENCE_INSTANT.plusSeconds(60L * m), map);
        });
    }

    /**
     * Obtains an assessment with the given total, filling items greedily with allowed anchors.
     *
     * @param at  when assessed, not null
     * @param total  the total, 0 to 48
     * @return the assessment, not null
     */
    static CowsAssessment cowsWithTotal(Instant at, int total) {
        CowsItem[] items = CowsItem.values();
        int[] picks = new int[items.length];
        if (!fill(items, 0, total, picks)) {
            throw new IllegalArgumentException("COWS total out of reach: " + total);
        }
        return CowsAssessment.of(at, picks);
    }

    private static boolean fill(CowsItem[] items, int index, int remaining, int[] picks) {
        if (index == items.length) {
            return remaining == 0;
        }
        int rest = 0;
        for (int i = index + 1; i < items.length; i++) {
            rest += items[i].maximumScore();
        }
        for (int score : items[index].allowedScores().stream().sorted((a, b) -> b - a).toList()) {
            if (score <= remaining && remaining - score <= rest) {
                picks[index] = score;
                if (fill(items, index + 1, remaining - score, picks)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Returns opioid exposures of every kind, last used 0 to 30 days before {@link #REFERENCE_INSTANT} or with the
     * last use unknown (about 10%). Edge cases: last use exactly 12 h, 24 h, 72 h, 6 days and 7 days before (the
     * buprenorphine waits and the naltrexone opioid-free week). Shrinks towards a short-acting opioid used 12 h before.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<OpioidExposure> opioidExposures() {
        return opioidExposures(true);
    }

    private static Arbitrary<OpioidExposure> opioidExposures(boolean chosenEdgeCases) {
        Arbitrary<Integer> hours = Arbitraries.integers().between(0, 30 * 24).shrinkTowards(12);
        Arbitrary<Integer> hoursBefore = (chosenEdgeCases ? hours.edgeCases(c -> c.add(12, 24, 72, 6 * 24, 7 * 24))
                : hours).injectNull(0.1);
        return Combinators.combine(Arbitraries.of(OpioidKind.class), hoursBefore).as((kind, h) -> h == null
                ? OpioidExposure.lastUseUnknown(kind)
                : OpioidExposure.lastUsed(kind, REFERENCE_INSTANT.minus(Duration.ofHours(h))));
    }

    /**
     * Returns drug tests of urine or oral fluid collected at 09:30 on a day 0 to 364 days after
     * {@link #REFERENCE_DATE}, of every specimen status; missed and refused specimens carry no results, the others
     * one to four analytes, each positive or negative. Shrinks towards a valid urine specimen with one negative result.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<DrugTest> drugTests() {
        Arbitrary<Map<Analyte, Outcome>> results = Arbitraries.maps(Arbitraries.of(Analyte.class),
                Arbitraries.of(Outcome.NEGATIVE, Outcome.POSITIVE)).ofMinSize(1).ofMaxSize(4);
        return Combinators.combine(Arbitraries.of(Specimen.class), dayNumbers(364), Arbitraries.of(SpecimenStatus.class),
                results).as((specimen, day, status, r) -> {
                    Instant at = atClinic(REFERENCE_DATE.plusDays(day));
                    if (status == SpecimenStatus.MISSED || status == SpecimenStatus.REFUSED) {
                        return new DrugTest(specimen, at, status, Map.of());
                    }
                    List<AnalyteResult> list = new ArrayList<>();
                    r.forEach((a, o) -> list.add(AnalyteResult.of(a, o)));
                    return DrugTest.of(specimen, at, status, list);
                });
    }

    /**
     * Returns methadone take-home requests whose first day is treatment day 1 to 400 of a regimen starting on
     * {@link #REFERENCE_DATE}, for 1 to 28 days with 0 to all of them closure days. Edge cases: treatment days 14, 15,
     * 30 and 31 (where the take-home tiers change). Shrinks towards one day on treatment day 1.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<TakeHomeRequest> takeHomeRequests() {
        Arbitrary<Integer> treatmentDay = Arbitraries.integers().between(1, 400)
                .edgeCases(c -> TAKE_HOME_EDGE_DAYS.forEach(c::add));
        Arbitrary<Integer> supply = Arbitraries.integers().between(1, 28);
        return Combinators.combine(treatmentDay, supply)
                .flatAs((day, days) -> Arbitraries.integers().between(0, days).map(closure -> TakeHomeRequest.of(
                        OudMedication.METHADONE, REFERENCE_DATE.plusDays(day - 1L), days, closure)));
    }

    /**
     * Returns small, coherent medication records: one regimen of any formulation and phase starting on
     * {@link #REFERENCE_DATE}, up to ten administered or missed doses of that formulation in its first 60 days, up to
     * two opioid exposures, two COWS assessments and three drug tests, and for methadone up to one take-home request.
     * Shrinks towards a record with the regimen alone.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<MedicationRecord> medicationRecords() {
        Arbitrary<List<int[]>> doseSteps = Combinators.combine(dayNumbers(59), Arbitraries.integers().between(0, 3))
                .as((d, k) -> new int[] {d, k}).list().ofMaxSize(10);
        return Combinators.combine(Arbitraries.of(Formulation.class), Arbitraries.of(RegimenPhase.class), doses(),
                doseSteps, opioidExposures(false).list().ofMaxSize(2), cowsWithoutChosenEdgeCases().list().ofMaxSize(2),
                drugTests().list().ofMaxSize(3), takeHomeRequests().optional(0.3))
                .as((formulation, phase, dose, steps, exposures, cows, tests, takeHome) -> {
                    MedicationRecord.Builder b = MedicationRecord.builder()
                            .regimen(Regimen.of(formulation, phase, REFERENCE_DATE));
                    for (int[] s : steps) {
                        Instant at = atClinic(REFERENCE_DATE.plusDays(s[0]));
                        b.dose(s[1] == 0 ? DoseEvent.missed(formulation, dose, at)
                                : DoseEvent.administered(formulation, dose, at));
                    }
                    exposures.forEach(b::opioidExposure);
                    cows.forEach(b::cows);
                    tests.forEach(b::drugTest);
                    if (formulation.medication() == OudMedication.METHADONE) {
                        takeHome.ifPresent(b::takeHomeRequest);
                    }
                    return b.build();
                });
    }

    // ---- incentives ----

    /**
     * Returns amounts from 0.00 to 1,000.00 in cents. Edge cases: 0.00, 0.01 and the funding caps and their
     * neighbours (4.99, 5.00, 10.00, 15.00, 75.00, 75.01, 200.00, 599.00, 599.01, 750.00). Shrinks towards 0.00.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Money> money() {
        return Arbitraries.longs().between(0, 100_000).map(Money::ofCents)
                .edgeCases(c -> MONEY_EDGE_AMOUNTS.forEach(a -> c.add(Money.of(a))));
    }

    /**
     * Returns incentive programmes: every preset of {@link IncentivePresets#all()} under every funding policy of
     * {@link FundingPolicies#names()}, paid in vouchers, outpatient, starting on {@link #REFERENCE_DATE} in
     * {@link #ZONE}.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<IncentiveProgram> incentivePrograms() {
        return Combinators.combine(Arbitraries.of(IncentivePresets.all()), Arbitraries.of(FundingPolicies.names()))
                .as(AftercareArbitraries::program);
    }

    static IncentiveProgram program(IncentivePreset preset, String funding) {
        return preset.toProgramBuilder().funding(FundingPolicies.policy(funding)).instrument(IncentiveInstrument.VOUCHER)
                .setting(org.aftercare.care.CareSetting.OUTPATIENT).startDate(REFERENCE_DATE).zone(ZONE).build();
    }

    /**
     * Returns single incentive events on a day 0 to 364 days after {@link #REFERENCE_DATE}: drug-test results
     * ({@link #drugTests()}), attendance, medication doses and excused absences.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<IncentiveEvent> incentiveEvents() {
        Arbitrary<LocalDate> dates = dayNumbers(364).map(REFERENCE_DATE::plusDays);
        Arbitrary<Boolean> yes = Arbitraries.of(true, false);
        return Arbitraries.oneOf(
                drugTests().map(IncentiveEvent.SampleResult::new),
                Combinators.combine(dates, yes).as(IncentiveEvent.Attendance::new),
                Combinators.combine(dates, yes).as(IncentiveEvent.MedicationDose::new),
                dates.map(IncentiveEvent.ExcusedAbsence::new));
    }

    /**
     * Returns streams of up to 60 incentive events ({@link #incentiveEvents()}) in chronological order
     * ({@link IncentiveEvent#chronological(ZoneId)} in {@link #ZONE}). Shrinks towards the empty stream.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<List<IncentiveEvent>> incentiveEventStreams() {
        return incentiveEvents().list().ofMaxSize(60)
                .map(l -> l.stream().sorted(IncentiveEvent.chronological(ZONE)).toList());
    }

    // ---- evaluation ----

    /**
     * Returns evaluation requests under the default policy, as of {@link #REFERENCE_INSTANT} plus 0 to 400 days, in
     * {@link #ZONE}, holding a plan, a medication record, an incentive programme with its events, or several of them
     * (at least one), and any draw seed.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<EvaluationRequest> evaluationRequests() {
        Arbitrary<Integer> parts = Arbitraries.integers().between(1, 7);
        return Combinators.combine(dayNumbers(400), parts, plans(), medicationRecords(), incentivePrograms(),
                incentiveEventStreams(), Arbitraries.longs()).as((day, mask, plan, record, program, events, seed) -> {
                    EvaluationRequest.Builder b = EvaluationRequest.builder(REFERENCE_INSTANT.plus(Duration.ofDays(day)),
                            ZONE).drawSeed(seed);
                    if ((mask & 1) != 0) {
                        b.plan(plan);
                    } else {
                        b.patient(plan.patient());
                    }
                    if ((mask & 2) != 0) {
                        b.medication(record);
                    }
                    if ((mask & 4) != 0) {
                        b.incentives(program, events);
                    }
                    return b.build();
                });
    }

    // ---- helpers ----

    static Arbitrary<Integer> dayNumbers(int max) {
        return Arbitraries.integers().between(0, max);
    }

    static Instant atClinic(LocalDate date) {
        return date.atTime(9, 30).atZone(ZONE).toInstant();
    }
}
