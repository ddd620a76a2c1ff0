package org.aftercare.jqwik;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.aftercare.care.Relapse;
import org.aftercare.care.RelapseSubstance;
import org.aftercare.incentive.IncentiveEvent;
import org.aftercare.medication.Dose;
import org.aftercare.medication.DoseEvent;
import org.aftercare.medication.Formulation;
import org.aftercare.screening.Analyte;
import org.aftercare.screening.AnalyteResult;
import org.aftercare.screening.DrugTest;
import org.aftercare.screening.Outcome;
import org.aftercare.screening.Specimen;

/**
 * A configurable generator of {@link Timeline}s, such as
 * {@code Timelines.timelines().weeks(12, 52).urinePositivityRate(0.25).attendanceRate(0.8)}.
 *
 * <p>A timeline is simulated day by day from a generated seed, starting on {@link AftercareArbitraries#REFERENCE_DATE}
 * in {@link AftercareArbitraries#ZONE}: a daily dose at 09:00, urine tests at 09:30 on Mondays and Thursdays (opiates,
 * fentanyl and cocaine), and group sessions on Mondays, Wednesdays and Fridays. On a Monday a relapse may start; it
 * lasts one to four weeks, during which tests are positive for opioids at least 90% of the time, attendance halves and
 * missed-dose runs start three times as often; the day after it ends is a re-engagement.
 *
 * <p>Defaults: 1 to 52 weeks; urine positivity 0.2; missed tests 0.1; attendance 0.8; a run of missed doses starts on a
 * day with probability 0.05 and lasts 1 to 5 days; a relapse starts in a week with probability 0.05; daily oral
 * formulations (methadone liquid, buprenorphine and buprenorphine-naloxone sublingual). Edge cases: the shortest and the
 * longest timeline. Shrinks towards fewer weeks (and seed 0).
 *
 * <p>Configuration methods return a new arbitrary and throw {@link IllegalArgumentException} for a rate outside
 * {@code [0, 1]} or reversed bounds; nothing is silently adjusted.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class TimelineArbitrary extends ArbitraryDecorator<Timeline> {

    static final TimelineArbitrary DEFAULT = new TimelineArbitrary(1, 52, 0.2, 0.1, 0.8, 0.05, 5, 0.05,
            EnumSet.of(Formulation.METHADONE_ORAL_LIQUID, Formulation.BUPRENORPHINE_SUBLINGUAL,
                    Formulation.BUPRENORPHINE_NALOXONE_SUBLINGUAL));
    /** The longest timeline accepted: ten years. */
    public static final int MAX_WEEKS = 520;

    private final int minWeeks;
    private final int maxWeeks;
    private final double positivity;
    private final double missedTests;
    private final double attendance;
    private final double missedDoseRunStart;
    private final int longestMissedRun;
    private final double relapsePerWeek;
    private final Set<Formulation> formulations;

    private TimelineArbitrary(int minWeeks, int maxWeeks, double positivity, double missedTests, double attendance,
            double missedDoseRunStart, int longestMissedRun, double relapsePerWeek, Set<Formulation> formulations) {
        this.minWeeks = minWeeks;
        this.maxWeeks = maxWeeks;
        this.positivity = positivity;
        this.missedTests = missedTests;
        this.attendance = attendance;
        this.missedDoseRunStart = missedDoseRunStart;
        this.longestMissedRun = longestMissedRun;
        this.relapsePerWeek = relapsePerWeek;
        this.formulations = Set.copyOf(formulations);
    }

    /**
     * Returns a copy generating timelines of {@code min} to {@code max} weeks.
     *
     * @param min  the fewest weeks, 1 to {@value #MAX_WEEKS}
     * @param max  the most weeks, {@code min} to {@value #MAX_WEEKS}
     * @return the arbitrary, not null
     * @throws IllegalArgumentException if the bounds are out of range or reversed
     */
    public TimelineArbitrary weeks(int min, int max) {
        if (min < 1 || max > MAX_WEEKS || min > max) {
            throw new IllegalArgumentException("weeks must satisfy 1 <= min <= max <= " + MAX_WEEKS + ": " + min + ", " + max);
        }
        return new TimelineArbitrary(min, max, positivity, missedTests, attendance, missedDoseRunStart, longestMissedRun,
                relapsePerWeek, formulations);
    }

    /**
     * Returns a copy with the given chance that a collected urine test outside a relapse is positive for opioids.
     *
     * @param rate  the rate, 0 to 1
     * @return the arbitrary, not null
     */
    public TimelineArbitrary urinePositivityRate(double rate) {
        return new TimelineArbitrary(minWeeks, maxWeeks, rate(rate, "urinePositivityRate"), missedTests, attendance,
                missedDoseRunStart, longestMissedRun, relapsePerWeek, formulations);
    }

    /**
     * Returns a copy with the given chance that a scheduled urine test is missed.
     *
     * @param rate  the rate, 0 to 1
     * @return the arbitrary, not null
     */
    public TimelineArbitrary missedTestRate(double rate) {
        return new TimelineArbitrary(minWeeks, maxWeeks, positivity, rate(rate, "missedTestRate"), attendance,
                missedDoseRunStart, longestMissedRun, relapsePerWeek, formulations);
    }

    /**
     * Returns a copy with the given chance that a group session outside a relapse is attended.
     *
     * @param rate  the rate, 0 to 1
     * @return the arbitrary, not null
     */
    public TimelineArbitrary attendanceRate(double rate) {
        return new TimelineArbitrary(minWeeks, maxWeeks, positivity, missedTests, rate(rate, "attendanceRate"),
                missedDoseRunStart, longestMissedRun, relapsePerWeek, formulations);
    }

    /**
     * Returns a copy in which a run of missed doses starts on a day with the given chance and lasts 1 to
     * {@code longestRun} days.
     *
     * @param rate  the chance per day, 0 to 1
     * @param longestRun  the longest run, 1 to 60
     * @return the arbitrary, not null
     */
    public TimelineArbitrary missedDoseRuns(double rate, int longestRun) {
        if (longestRun < 1 || longestRun > 60) {
            throw new IllegalArgumentException("longestRun must be between 1 and 60: " + longestRun);
        }
        return new TimelineArbitrary(minWeeks, maxWeeks, positivity, missedTests, attendance, rate(rate, "missedDoseRuns"),
                longestRun, relapsePerWeek, formulations);
    }

    /**
     * Returns a copy in which a relapse starts in a week with the given chance.
     *
     * @param rate  the chance per week, 0 to 1
     * @return the arbitrary, not null
     */
    public TimelineArbitrary relapseRate(double rate) {
        return new TimelineArbitrary(minWeeks, maxWeeks, positivity, missedTests, attendance, missedDoseRunStart,
                longestMissedRun, rate(rate, "relapseRate"), formulations);
    }

    /**
     * Returns a copy dosing one of the given daily formulations.
     *
     * @param first  a formulation, not null, not an extended-release injection
     * @param more  further formulations
     * @return the arbitrary, not null
     */
    public TimelineArbitrary formulations(Formulation first, Formulation... more) {
        Set<Formulation> all = EnumSet.of(first, more);
        for (Formulation f : all) {
            if (f.isExtendedReleaseInjection()) {
                throw new IllegalArgumentException("a timeline doses daily; not an injection: " + f);
            }
        }
        return new TimelineArbitrary(minWeeks, maxWeeks, positivity, missedTests, attendance, missedDoseRunStart,
                longestMissedRun, relapsePerWeek, all);
    }

    private static double rate(double rate, String name) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1: " + rate);
        }
        return rate;
    }

    @Override
    protected Arbitrary<Timeline> arbitrary() {
        List<Formulation> sorted = formulations.stream().sorted().toList();
        return Combinators.combine(Arbitraries.integers().between(minWeeks, maxWeeks), Arbitraries.of(sorted),
                Arbitraries.longs()).as((weeks, formulation, seed) -> simulate(seed, weeks, formulation));
    }

    /**
     * Simulates one timeline; the same arguments and configuration always give the same timeline.
     *
     * @param seed  the seed
     * @param weeks  the length in weeks, within this arbitrary's bounds
     * @param formulation  the formulation, one of this arbitrary's
     * @return the timeline, not null
     */
    public Timeline simulate(long seed, int weeks, Formulation formulation) {
        Objects.requireNonNull(formulation, "formulation");
        Random r = new Random(seed);
        LocalDate start = AftercareArbitraries.REFERENCE_DATE;
        Dose dose = Dose.ofMilligrams(switch (formulation.medication()) {
            case METHADONE -> "80";
            case BUPRENORPHINE -> "16";
            case NALTREXONE -> "50";
        });
        List<DrugTest> tests = new ArrayList<>();
        List<IncentiveEvent.Attendance> sessions = new ArrayList<>();
        List<DoseEvent> doses = new ArrayList<>();
        List<Relapse> relapses = new ArrayList<>();
        List<LocalDate> reEngagements = new ArrayList<>();
        int relapseDaysLeft = 0;
        int missedRunLeft = 0;
        int days = weeks * 7;
        for (int d = 0; d < days; d++) {
            LocalDate date = start.plusDays(d);
            DayOfWeek dow = date.getDayOfWeek();
            if (dow == DayOfWeek.MONDAY && relapseDaysLeft == 0 && r.nextDouble() < relapsePerWeek) {
                relapseDaysLeft = 7 * (1 + r.nextInt(4));
                relapses.add(Relapse.of(date, r.nextDouble() < 0.8 ? RelapseSubstance.OPIOID : RelapseSubstance.STIMULANT));
            }
            boolean relapsing = relapseDaysLeft > 0;
            double runStart = relapsing ? Math.min(1, 3 * missedDoseRunStart) : missedDoseRunStart;
            if (missedRunLeft == 0 && r.nextDouble() < runStart) {
                missedRunLeft = 1 + r.nextInt(longestMissedRun);
            }
            Instant doseAt = date.atTime(9, 0).atZone(AftercareArbitraries.ZONE).toInstant();
            if (missedRunLeft > 0) {
                doses.add(DoseEvent.missed(formulation, dose, doseAt));
                missedRunLeft--;
            } else {
                doses.add(DoseEvent.administered(formulation, dose, doseAt));
            }
            if (dow == DayOfWeek.MONDAY || dow == DayOfWeek.THURSDAY) {
                Instant at = AftercareArbitraries.atClinic(date);
                if (r.nextDouble() < missedTests) {
                    tests.add(DrugTest.missed(Specimen.URINE, at));
                } else {
                    boolean positive = r.nextDouble() < (relapsing ? Math.max(positivity, 0.9) : positivity);
                    Outcome opioids = positive ? Outcome.POSITIVE : Outcome.NEGATIVE;
                    tests.add(DrugTest.of(Specimen.URINE, at, List.of(AnalyteResult.of(Analyte.OPIATES, opioids),
                            AnalyteResult.of(Analyte.FENTANYL, opioids),
                            AnalyteResult.of(Analyte.COCAINE, Outcome.NEGATIVE))));
                }
            }
            if (dow == DayOfWeek.MONDAY || dow == DayOfWeek.WEDNESDAY || dow == DayOfWeek.FRIDAY) {
                sessions.add(new IncentiveEvent.Attendance(date,
                        r.nextDouble() < (relapsing ? attendance / 2 : attendance)));
            }
            if (relapsing && --relapseDaysLeft == 0 && d + 1 < days) {
                reEngagements.add(date.plusDays(1));
            }
        }
        return new Timeline(seed, start, weeks, AftercareArbitraries.ZONE, formulation, tests, sessions, doses, relapses,
                reEngagements);
    }

    @Override
    public String toString() {
        return "TimelineArbitrary[weeks " + minWeeks + "-" + maxWeeks + ", positivity " + positivity + ", missed tests "
                + missedTests + ", attendance " + attendance + ", missed-dose runs " + missedDoseRunStart + " up to "
                + longestMissedRun + ", relapses " + relapsePerWeek + ", " + formulations + "]";
    }
}
