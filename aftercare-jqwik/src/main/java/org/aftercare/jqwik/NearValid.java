package org.aftercare.jqwik;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.aftercare.InvalidValueException;
import org.aftercare.PatientContext;
import org.aftercare.care.AsamLevel;
import org.aftercare.care.AttendanceRecord;
import org.aftercare.care.AttendanceStatus;
import org.aftercare.care.CarePlacement;
import org.aftercare.care.SessionSchedule;
import org.aftercare.incentive.Money;
import org.aftercare.medication.CowsAssessment;
import org.aftercare.medication.CowsItem;
import org.aftercare.medication.Dose;
import org.aftercare.medication.DoseEvent;
import org.aftercare.medication.DoseUnit;
import org.aftercare.medication.Formulation;
import org.aftercare.medication.Regimen;
import org.aftercare.medication.RegimenPhase;
import org.aftercare.OudMedication;
import org.aftercare.medication.TakeHomeRequest;
import org.aftercare.screening.Analyte;
import org.aftercare.screening.AnalyteResult;
import org.aftercare.screening.DrugTest;
import org.aftercare.screening.Outcome;
import org.aftercare.screening.Specimen;
import org.aftercare.screening.SpecimenStatus;

/**
 * Near-valid inputs: raw field values that are valid except for exactly one field, such as a session schedule whose
 * session length is zero, with the step that builds them through the public factory.
 *
 * <p>Use them to test your own input handling (forms, imports, JSON): every case must be rejected with an
 * {@link InvalidValueException} whose {@link InvalidValueException#field() field()} is {@link Case#field()}.
 * Covered: session schedules (length zero, negative or over 12 h; end before start; interval 0 or over 52 weeks; no
 * days), ages outside 0 to 130, COWS item scores that are not anchors, non-positive doses, negative or sub-cent money,
 * placements, regimens and take-home requests with broken dates or day counts, negative attendance service indexes,
 * and missed specimens with results.
 *
 * @since 0.1.0
 */
public final class NearValid {

    private NearValid() {
    }

    /**
     * One near-valid input.
     *
     * @param type  the type the input is for, such as {@code "SessionSchedule"}
     * @param field  the field that is off, as {@link InvalidValueException#field()} names it
     * @param fields  every raw field value, as text, the broken one included
     * @param build  builds the value through the public factory; throws {@link InvalidValueException}
     * @since 0.1.0
     */
    public record Case(String type, String field, Map<String, String> fields, Supplier<Object> build) {

        /** Validates and copies. */
        public Case {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(field, "field");
            fields = Map.copyOf(fields);
            Objects.requireNonNull(build, "build");
        }

        @Override
        public String toString() {
            return type + " with " + field + " off: " + new java.util.TreeMap<>(fields);
        }
    }

    /**
     * Returns near-valid inputs of every covered type, each with exactly one field off.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Case> cases() {
        return Arbitraries.oneOf(List.of(sessionLengths(), scheduleEnds(), scheduleIntervals(), scheduleDays(), ages(),
                cowsScores(), doses(), money(), placements(), regimens(), takeHomeSupplies(), takeHomeClosures(),
                doseEventSupplies(), attendanceServices(), missedSpecimens()));
    }

    private static final LocalDate D = AftercareArbitraries.REFERENCE_DATE;

    private static Case schedule(String field, Set<DayOfWeek> days, Duration length, int interval, LocalDate start,
            LocalDate end) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("days", days.toString());
        f.put("sessionLength", length.toString());
        f.put("intervalWeeks", Integer.toString(interval));
        f.put("start", start.toString());
        f.put("end", end.toString());
        return new Case("SessionSchedule", field, f, () -> new SessionSchedule(days, length, interval, start, end));
    }

    private static Arbitrary<Case> sessionLengths() {
        return Arbitraries.oneOf(Arbitraries.integers().between(-600, 0), Arbitraries.integers().between(721, 1440))
                .map(m -> schedule("schedule.sessionLength", Set.of(DayOfWeek.MONDAY), Duration.ofMinutes(m), 1, D,
                        D.plusWeeks(12)));
    }

    private static Arbitrary<Case> scheduleEnds() {
        return Arbitraries.integers().between(1, 400).map(k -> schedule("schedule.end", Set.of(DayOfWeek.MONDAY),
                Duration.ofHours(1), 1, D, D.minusDays(k)));
    }

    private static Arbitrary<Case> scheduleIntervals() {
        return Arbitraries.oneOf(Arbitraries.integers().between(-5, 0), Arbitraries.integers().between(53, 200))
                .map(i -> schedule("schedule.intervalWeeks", Set.of(DayOfWeek.MONDAY), Duration.ofHours(1), i, D,
                        D.plusWeeks(12)));
    }

    private static Arbitrary<Case> scheduleDays() {
        return Arbitraries.just(schedule("schedule.days", Set.of(), Duration.ofHours(1), 1, D, D.plusWeeks(12)));
    }

    private static Arbitrary<Case> ages() {
        return Arbitraries.oneOf(Arbitraries.integers().between(PatientContext.MAX_AGE_YEARS + 1, 300),
                Arbitraries.integers().between(-100, -1)).edgeCases(c -> c.add(131, -1))
                .map(age -> new Case("PatientContext", "patient.ageYears", Map.of("ageYears", age.toString()),
                        () -> PatientContext.builder().ageYears(age).build()));
    }

    private static Arbitrary<Case> cowsScores() {
        Arbitrary<CowsItem> items = Arbitraries.of(CowsItem.class);
        return items.flatMap(item -> Arbitraries.integers().between(-3, 10).filter(s -> !item.allows(s)).map(bad -> {
            Map<CowsItem, Integer> scores = new EnumMap<>(CowsItem.class);
            Map<String, String> f = new LinkedHashMap<>();
            for (CowsItem i : CowsItem.values()) {
                int s = i == item ? bad : 0;
                scores.put(i, s);
                f.put(i.name(), Integer.toString(s));
            }
            String field = "cows.scores." + item.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            return new Case("CowsAssessment", field, f,
                    () -> new CowsAssessment(AftercareArbitraries.REFERENCE_INSTANT, scores));
        }));
    }

    private static Arbitrary<Case> doses() {
        return Arbitraries.integers().between(-1000, 0).map(t -> BigDecimal.valueOf(t, 1))
                .map(a -> new Case("Dose", "dose.amount", Map.of("amount", a.toPlainString(), "unit", "MILLIGRAM"),
                        () -> Dose.of(a, DoseUnit.MILLIGRAM)));
    }

    private static Arbitrary<Case> money() {
        return Arbitraries.oneOf(Arbitraries.longs().between(-100_000, -1).map(c -> BigDecimal.valueOf(c, 2)),
                Arbitraries.longs().between(0, 1_000_000).filter(m -> m % 10 != 0).map(m -> BigDecimal.valueOf(m, 3)))
                .map(a -> new Case("Money", "money.amount", Map.of("amount", a.toPlainString()), () -> Money.of(a)));
    }

    private static Arbitrary<Case> placements() {
        return Combinators.combine(Arbitraries.of(AsamLevel.class), Arbitraries.integers().between(1, 400))
                .as((level, k) -> new Case("CarePlacement", "placement.end", Map.of("level", level.name(),
                        "setting", level.setting().name(), "start", D.toString(), "end", D.minusDays(k).toString()),
                        () -> CarePlacement.of(level, level.setting(), D, D.minusDays(k))));
    }

    private static Arbitrary<Case> regimens() {
        return Combinators.combine(Arbitraries.of(Formulation.class), Arbitraries.integers().between(1, 400))
                .as((f, k) -> new Case("Regimen", "regimen.end", Map.of("formulation", f.name(), "phase", "MAINTENANCE",
                        "start", D.toString(), "end", D.minusDays(k).toString()),
                        () -> new Regimen(f, RegimenPhase.MAINTENANCE, D, D.minusDays(k))));
    }

    private static Case takeHome(String field, int supply, int closure) {
        return new Case("TakeHomeRequest", field, Map.of("medication", "METHADONE", "firstDay", D.toString(),
                "supplyDays", Integer.toString(supply), "closureDays", Integer.toString(closure)),
                () -> TakeHomeRequest.of(OudMedication.METHADONE, D, supply, closure));
    }

    private static Arbitrary<Case> takeHomeSupplies() {
        return Arbitraries.integers().between(-30, 0).map(s -> takeHome("takeHomeRequest.supplyDays", s, 0));
    }

    private static Arbitrary<Case> takeHomeClosures() {
        return Combinators.combine(Arbitraries.integers().between(1, 28), Arbitraries.integers().between(1, 10))
                .as((s, extra) -> takeHome("takeHomeRequest.closureDays", s, s + extra));
    }

    private static Arbitrary<Case> doseEventSupplies() {
        return Arbitraries.integers().between(2, 28).map(s -> new Case("DoseEvent", "doseEvent.supplyDays",
                Map.of("formulation", "METHADONE_ORAL_LIQUID", "dose", "80 mg", "kind", "ADMINISTERED",
                        "at", AftercareArbitraries.REFERENCE_INSTANT.toString(), "supplyDays", Integer.toString(s),
                        "closureDays", "0"),
                () -> new DoseEvent(Formulation.METHADONE_ORAL_LIQUID, Dose.ofMilligrams("80"),
                        org.aftercare.medication.DoseEventKind.ADMINISTERED, AftercareArbitraries.REFERENCE_INSTANT, s, 0)));
    }

    private static Arbitrary<Case> attendanceServices() {
        return Arbitraries.integers().between(-50, -1).map(i -> new Case("AttendanceRecord", "attendance.service",
                Map.of("service", i.toString(), "date", D.toString(), "status", "ATTENDED"),
                () -> AttendanceRecord.of(i, D, AttendanceStatus.ATTENDED)));
    }

    private static Arbitrary<Case> missedSpecimens() {
        return Combinators.combine(Arbitraries.of(SpecimenStatus.MISSED, SpecimenStatus.REFUSED),
                Arbitraries.of(Analyte.class)).as((status, analyte) -> new Case("DrugTest", "drugTest.results",
                        Map.of("specimen", "URINE", "collectedAt", AftercareArbitraries.REFERENCE_INSTANT.toString(),
                                "status", status.name(), "results", analyte.name() + "=NEGATIVE"),
                        () -> DrugTest.of(Specimen.URINE, AftercareArbitraries.REFERENCE_INSTANT, status,
                                List.of(AnalyteResult.of(analyte, Outcome.NEGATIVE)))));
    }
}
