package org.aftercare.jqwik;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.aftercare.care.Relapse;
import org.aftercare.incentive.IncentiveEvent;
import org.aftercare.medication.DoseEvent;
import org.aftercare.medication.DoseEventKind;
import org.aftercare.medication.Formulation;
import org.aftercare.medication.MedicationRecord;
import org.aftercare.medication.Regimen;
import org.aftercare.medication.RegimenPhase;
import org.aftercare.screening.DrugTest;

/**
 * A generated treatment history, such as 26 weeks of twice-weekly urine tests, thrice-weekly group sessions and
 * daily buprenorphine doses with one relapse and its re-engagement.
 *
 * <p>Invariants: {@code start} is a Monday and {@code end} is the Sunday {@code weeks} weeks later; every event lies
 * in {@code [start, end]}; the lists are in chronological order; every dose is of {@code formulation}; every
 * re-engagement follows a relapse. The same {@code seed} and configuration always yield the same timeline.
 *
 * @param seed  the seed the day-by-day simulation ran from
 * @param start  the first day, a Monday
 * @param weeks  the length in weeks, positive
 * @param zone  the clinic's zone
 * @param formulation  the medication given every day
 * @param drugTests  urine tests (collected, or missed), chronological
 * @param attendance  group sessions, attended or not, chronological
 * @param doses  the daily doses, administered or missed, chronological
 * @param relapses  relapses, chronological
 * @param reEngagements  the dates the patient came back after each relapse (one per relapse that ended in time)
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record Timeline(long seed, LocalDate start, int weeks, ZoneId zone, Formulation formulation,
        List<DrugTest> drugTests, List<IncentiveEvent.Attendance> attendance, List<DoseEvent> doses,
        List<Relapse> relapses, List<LocalDate> reEngagements) {

    /** Validates the invariants and copies the lists. */
    public Timeline {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(formulation, "formulation");
        if (start.getDayOfWeek() != DayOfWeek.MONDAY || weeks < 1) {
            throw new IllegalArgumentException("a timeline starts on a Monday and lasts at least a week: " + start
                    + ", " + weeks);
        }
        drugTests = List.copyOf(drugTests);
        attendance = List.copyOf(attendance);
        doses = List.copyOf(doses);
        relapses = List.copyOf(relapses);
        reEngagements = List.copyOf(reEngagements);
    }

    /**
     * Returns the last day, a Sunday.
     *
     * @return the last day, not null
     */
    public LocalDate end() {
        return start.plusWeeks(weeks).minusDays(1);
    }

    /**
     * Returns the length in days.
     *
     * @return the day count, {@code 7 * weeks}
     */
    public long days() {
        return ChronoUnit.DAYS.between(start, end()) + 1;
    }

    /**
     * Returns the regimen every dose belongs to: {@code formulation} in maintenance from {@code start}.
     *
     * @return the regimen, not null
     */
    public Regimen regimen() {
        return Regimen.of(formulation, RegimenPhase.MAINTENANCE, start);
    }

    /**
     * Returns a medication record holding the regimen, the doses and the drug tests.
     *
     * @return the record, not null
     */
    public MedicationRecord medicationRecord() {
        MedicationRecord.Builder b = MedicationRecord.builder().regimen(regimen());
        doses.forEach(b::dose);
        drugTests.forEach(b::drugTest);
        return b.build();
    }

    /**
     * Returns the timeline as incentive events in chronological order: every drug test, every session and every
     * dose (taken unless missed).
     *
     * @return the events, not null
     */
    public List<IncentiveEvent> incentiveEvents() {
        List<IncentiveEvent> events = new ArrayList<>();
        drugTests.forEach(t -> events.add(new IncentiveEvent.SampleResult(t)));
        events.addAll(attendance);
        doses.forEach(d -> events.add(new IncentiveEvent.MedicationDose(d.date(zone), d.kind() != DoseEventKind.MISSED)));
        events.sort(IncentiveEvent.chronological(zone));
        return List.copyOf(events);
    }

    /**
     * Returns the longest run of consecutive missed doses.
     *
     * @return the run length, 0 when no dose was missed
     */
    public int longestMissedDoseRun() {
        int longest = 0;
        int run = 0;
        for (DoseEvent d : doses) {
            run = d.kind() == DoseEventKind.MISSED ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    @Override
    public String toString() {
        return "Timeline[seed=" + seed + ", " + start + " for " + weeks + " weeks, " + drugTests.size() + " tests, "
                + attendance.size() + " sessions, " + doses.size() + " doses (longest missed run "
                + longestMissedDoseRun() + "), relapses " + relapses + ", re-engaged " + reEngagements + "]";
    }
}
