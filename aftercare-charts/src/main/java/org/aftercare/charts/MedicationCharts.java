package org.aftercare.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.aftercare.EvaluationContext;
import org.aftercare.InvalidValueException;
import org.aftercare.Policy;
import org.aftercare.ResolvedThreshold;
import org.aftercare.RuleContext;
import org.aftercare.medication.Dose;
import org.aftercare.medication.DoseEvent;
import org.aftercare.medication.Formulation;
import org.aftercare.medication.MedicationForecast;
import org.aftercare.medication.MedicationForecasts;
import org.aftercare.medication.MedicationPolicyKeys;
import org.aftercare.medication.MedicationRecord;
import org.aftercare.medication.OpioidExposure;
import org.aftercare.medication.OpioidKind;
import org.aftercare.medication.Regimen;
import org.aftercare.medication.RegimenPhase;
import org.aftercare.medication.SublocadeStart;
import org.aftercare.medication.TakeHomeLadder;
import org.aftercare.medication.TakeHomeTier;

/**
 * Charts of the medication domain drawn from the policies themselves, such as the take-home ladders of
 * 42 CFR 8.12 (2001 and 2024 texts, and with the Virginia overlay) and an induction timeline computed by
 * {@link MedicationForecasts}. No number is copied: ladders come from {@link MedicationPolicyKeys#TAKE_HOME_LADDER}
 * in force on each version's date, waits and injection windows from the forecasts.
 *
 * <pre>{@code
 * XyChart ladders = MedicationCharts.takeHomeLadders(List.of(
 *         new LadderVersion("2024 text (as of 2025-06-01)", StandardPolicies.usDefault(), LocalDate.of(2025, 6, 1))));
 * TimelineChart induction = MedicationCharts.inductionTimeline(StandardPolicies.usDefault(), lastUse, zone);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class MedicationCharts {
    private static final List<Look> LOOKS = List.of(Look.SOLID_CIRCLE, Look.DASHED_SQUARE, Look.DOTTED_TRIANGLE,
            Look.DASH_DOT_DIAMOND);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);
    private static final BigDecimal MINUTES_PER_DAY = BigDecimal.valueOf(24 * 60);
    private static final int DAY_SCALE = 4;

    private MedicationCharts() {
    }

    /**
     * The strictest take-home maximum from one treatment day on, under every ladder in force (strictest wins, the
     * base layer on a tie), for a supply with no closure days and nothing dispensed before.
     *
     * @param fromTreatmentDay  the first treatment day of the step, positive
     * @param tier  the winning tier, not null
     * @param layer  the layer whose ladder wins, not blank
     * @since 0.1.0
     */
    public record LadderStep(int fromTreatmentDay, TakeHomeTier tier, String layer) {
        /** Validates the fields. */
        public LadderStep {
            Objects.requireNonNull(tier, "ladderStep.tier");
            Objects.requireNonNull(layer, "ladderStep.layer");
        }
    }

    /**
     * Returns the steps of the strictest combined take-home ladder of a policy as of a date: one step per
     * treatment day on which the strictest maximum (or its window) changes.
     *
     * @param policy  the policy, not null
     * @param asOf  the date the ladders are read on, not null
     * @return the steps, ascending, the first on day 1, not null
     * @throws InvalidValueException if no ladder is in force on the date
     */
    public static List<LadderStep> strictestLadder(Policy policy, LocalDate asOf) {
        List<ResolvedThreshold<TakeHomeLadder>> ladders = policy.resolveAll(MedicationPolicyKeys.TAKE_HOME_LADDER, asOf);
        if (ladders.isEmpty()) {
            throw new InvalidValueException("policy", "have a take-home ladder in force on " + asOf, policy.name());
        }
        TreeSet<Integer> starts = new TreeSet<>();
        ladders.forEach(l -> l.value().tiers().forEach(t -> starts.add(t.fromTreatmentDay())));
        List<LadderStep> steps = new ArrayList<>();
        for (int day : starts) {
            ResolvedThreshold<TakeHomeLadder> winner = ladders.get(0);
            for (ResolvedThreshold<TakeHomeLadder> l : ladders) {
                if (l.value().tierOn(day).maxDays() < winner.value().tierOn(day).maxDays()) {
                    winner = l;
                }
            }
            TakeHomeTier tier = winner.value().tierOn(day);
            LadderStep last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
            if (last == null || last.tier().maxDays() != tier.maxDays() || last.tier().windowDays() != tier.windowDays()) {
                steps.add(new LadderStep(day, tier, winner.layer()));
            }
        }
        return List.copyOf(steps);
    }

    /**
     * Draws take-home ladders as step lines, one per version: treatment day on a square-root x axis (so the first
     * weeks and the second year both read), the most take-home days on y, a label at each step (a windowed cap such
     * as the 2001 text's "1 dose a week" reads {@code 1/7d}).
     *
     * @param versions  the versions, 1 to 4, not null
     * @return the chart named {@code take-home-ladders}, not null
     */
    public static XyChart takeHomeLadders(List<LadderVersion> versions) {
        Objects.requireNonNull(versions, "versions");
        if (versions.isEmpty() || versions.size() > LOOKS.size()) {
            throw new InvalidValueException("versions", "hold 1 to " + LOOKS.size() + " versions", versions.size());
        }
        List<Series> series = new ArrayList<>();
        TreeSet<Integer> stepDays = new TreeSet<>();
        int highest = 0;
        Set<String> sources = new LinkedHashSet<>();
        for (int i = 0; i < versions.size(); i++) {
            LadderVersion v = versions.get(i);
            List<Point> points = new ArrayList<>();
            for (LadderStep s : strictestLadder(v.policy(), v.asOf())) {
                TakeHomeTier t = s.tier();
                points.add(Point.of(s.fromTreatmentDay(), BigDecimal.valueOf(t.maxDays()),
                        t.isWindowed() ? t.maxDays() + "/" + t.windowDays() + "d" : Integer.toString(t.maxDays())));
                stepDays.add(s.fromTreatmentDay());
                highest = Math.max(highest, t.maxDays());
            }
            v.policy().resolveAll(MedicationPolicyKeys.TAKE_HOME_LADDER, v.asOf())
                    .forEach(l -> sources.add(l.citation().toString()));
            series.add(new Series(v.label(), SeriesKind.STEP, LOOKS.get(i), points));
        }
        int lastDay = stepDays.last();
        BigDecimal xMax = BigDecimal.valueOf(Math.max(lastDay + lastDay / 10 + 1, 2));
        List<Tick> xTicks = stepDays.stream().map(d -> Tick.of(d)).toList();
        Axis x = new Axis("Treatment day (square-root scale; ticks at the ladders' steps)", AxisKind.SQUARE_ROOT,
                BigDecimal.ZERO, xMax, xTicks);
        int yMax = Math.max(7, (highest + 6) / 7 * 7);
        Axis y = Axis.linear("Most take-home days per supply", BigDecimal.ZERO, BigDecimal.valueOf(yMax),
                BigDecimal.valueOf(7));
        String description = "Take-home ladders of opioid treatment programmes: the most take-home doses (days of "
                + "supply) one dispensing may hold, by treatment day, strictest of all layers in force on each version's "
                + "date, for a supply with no closure days. A label such as 1/7d is a cap of 1 day per 7 days. Sources: "
                + String.join("; ", sources) + ".";
        return new XyChart("take-home-ladders", "Methadone take-home ladders by policy version (42 CFR 8.12, Virginia)",
                description, x, y, series);
    }

    /**
     * Draws an induction timeline from one last opioid use: the earliest buprenorphine and naltrexone starts after a
     * short-acting opioid and after fentanyl ({@link MedicationForecast.EarliestInduction}), then the window of the
     * next XR-naltrexone injection after one given at the earliest naltrexone start, and of the next Sublocade
     * injection after one given once the policy's transmucosal lead-in (from the earliest buprenorphine start) is
     * done ({@link MedicationForecast.InjectionDue}). Days since last use on a square-root axis.
     *
     * @param policy  the policy, not null
     * @param lastUse  the last opioid use, not null
     * @param zone  the clinic's zone, not null
     * @return the chart named {@code induction-timeline}, not null
     * @throws InvalidValueException if the policy lacks a wait, interval or Sublocade start in force then
     */
    public static TimelineChart inductionTimeline(Policy policy, Instant lastUse, ZoneId zone) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(lastUse, "lastUse");
        Objects.requireNonNull(zone, "zone");
        List<Lane> lanes = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        MedicationForecast.EarliestInduction bupShort = earliest(policy, zone, lastUse,
                Formulation.BUPRENORPHINE_NALOXONE_SUBLINGUAL, OpioidKind.SHORT_ACTING);
        MedicationForecast.EarliestInduction bupFentanyl = earliest(policy, zone, lastUse,
                Formulation.BUPRENORPHINE_NALOXONE_SUBLINGUAL, OpioidKind.FENTANYL);
        MedicationForecast.EarliestInduction naltrexoneShort = earliest(policy, zone, lastUse, Formulation.NALTREXONE_ORAL,
                OpioidKind.SHORT_ACTING);
        MedicationForecast.EarliestInduction naltrexoneFentanyl = earliest(policy, zone, lastUse,
                Formulation.NALTREXONE_ORAL, OpioidKind.FENTANYL);
        lanes.add(waitLane("Buprenorphine after a short-acting opioid (such as heroin)", bupShort, lastUse, zone, sources));
        lanes.add(waitLane("Buprenorphine after fentanyl", bupFentanyl, lastUse, zone, sources));
        lanes.add(waitLane("Naltrexone after a short-acting opioid", naltrexoneShort, lastUse, zone, sources));
        lanes.add(waitLane("Naltrexone after fentanyl", naltrexoneFentanyl, lastUse, zone, sources));
        Instant xrFirst = naltrexoneShort.earliest().isAfter(naltrexoneFentanyl.earliest())
                ? naltrexoneShort.earliest() : naltrexoneFentanyl.earliest();
        MedicationForecast.InjectionDue xr = injectionDue(policy, zone, Formulation.NALTREXONE_XR_INJECTION,
                Dose.ofMilligrams("380"), xrFirst);
        lanes.add(injectionLane("XR-naltrexone: first injection at the earliest naltrexone start", xr, xrFirst, lastUse,
                zone, sources));
        LocalDate bupStartDate = LocalDate.ofInstant(bupShort.earliest(), zone);
        ResolvedThreshold<SublocadeStart> lead = policy.resolve(MedicationPolicyKeys.SUBLOCADE_START, bupStartDate)
                .orElseThrow(() -> new InvalidValueException("policy", "have a Sublocade start in force on " + bupStartDate,
                        policy.name()));
        sources.add("Sublocade start: " + lead.citation());
        Instant sublocadeFirst = bupShort.earliest().plus(Duration.ofDays(lead.value().transmucosalDays()));
        MedicationForecast.InjectionDue sublocade = injectionDue(policy, zone, Formulation.SUBLOCADE_MONTHLY,
                Dose.ofMilligrams("300"), sublocadeFirst);
        lanes.add(injectionLane("Sublocade: first injection after " + days(lead.value().transmucosalDays())
                + " of buprenorphine from its earliest start", sublocade, sublocadeFirst, lastUse, zone, sources));
        BigDecimal max = lanes.stream().flatMap(l -> l.spans().stream()).map(Span::end).reduce(BigDecimal.ONE,
                BigDecimal::max);
        List<Tick> ticks = new ArrayList<>();
        ticks.add(new Tick(BigDecimal.ZERO, "0"));
        ticks.add(new Tick(new BigDecimal("0.5"), "12 h"));
        for (int d : List.of(1, 2, 4, 7, 14, 21, 28, 35, 42, 49, 56, 63, 70)) {
            if (BigDecimal.valueOf(d).compareTo(max) <= 0) {
                ticks.add(Tick.of(d));
            }
        }
        Axis x = new Axis("Days since last opioid use (square-root scale)", AxisKind.SQUARE_ROOT, BigDecimal.ZERO, max,
                ticks);
        String description = "Induction timeline from a last opioid use at " + local(lastUse, zone) + " (" + zone
                + "), under policy " + policy.name() + ": hatched bars are required waits, triangles the earliest "
                + "start; for injections, the circle is the first injection, the triangle the due date, an outlined "
                + "bar the window before the injection counts as overdue. Sources: " + String.join("; ", sources) + ".";
        return new TimelineChart("induction-timeline", "Induction timeline: earliest starts and injection windows",
                description, x, lanes, List.of(new Guide(BigDecimal.ZERO, "last opioid use " + local(lastUse, zone))));
    }

    private static Lane waitLane(String label, MedicationForecast.EarliestInduction e, Instant lastUse, ZoneId zone,
            Set<String> sources) {
        sources.add(e.layer() + ": " + e.citation());
        BigDecimal end = daysBetween(lastUse, e.earliest());
        return Lane.of(label, List.of(new Span(BigDecimal.ZERO, end, "wait " + duration(e.requiredWait()),
                SpanFill.HATCHED)),
                List.of(new Mark(end, "earliest " + local(e.earliest(), zone), MarkerShape.TRIANGLE)));
    }

    private static Lane injectionLane(String label, MedicationForecast.InjectionDue d, Instant first, Instant lastUse,
            ZoneId zone, Set<String> sources) {
        sources.add(d.layer() + ": " + d.citation());
        BigDecimal start = daysBetween(lastUse, first);
        BigDecimal due = daysBetween(lastUse, d.due().atStartOfDay(zone).toInstant()).max(start);
        BigDecimal latest = daysBetween(lastUse, d.latest().atStartOfDay(zone).toInstant()).max(due);
        List<Span> spans = new ArrayList<>();
        Optional<LocalDate> earliest = d.earliestDate();
        if (earliest.isPresent()) {
            BigDecimal e = daysBetween(lastUse, earliest.get().atStartOfDay(zone).toInstant()).max(start);
            spans.add(new Span(start, e, "too early before " + earliest.get(), SpanFill.HATCHED));
            spans.add(new Span(e, latest, "window to " + d.latest(), SpanFill.OUTLINE));
        } else {
            spans.add(new Span(start, due, "interval " + period(d), SpanFill.SOLID));
            if (latest.compareTo(due) > 0) {
                spans.add(new Span(due, latest, "late until " + d.latest(), SpanFill.OUTLINE));
            }
        }
        return Lane.of(label, spans, List.of(new Mark(start, "1st " + LocalDate.ofInstant(first, zone), MarkerShape.CIRCLE),
                new Mark(due, "due " + d.due(), MarkerShape.TRIANGLE)));
    }

    private static MedicationForecast.EarliestInduction earliest(Policy policy, ZoneId zone, Instant lastUse,
            Formulation formulation, OpioidKind kind) {
        MedicationRecord record = MedicationRecord.builder()
                .regimen(Regimen.of(formulation, RegimenPhase.INDUCTION, LocalDate.ofInstant(lastUse, zone)))
                .opioidExposure(OpioidExposure.lastUsed(kind, lastUse))
                .build();
        return MedicationForecasts.forecast(record, RuleContext.of(EvaluationContext.of(lastUse, zone, policy))).stream()
                .filter(MedicationForecast.EarliestInduction.class::isInstance)
                .map(MedicationForecast.EarliestInduction.class::cast)
                .findFirst()
                .orElseThrow(() -> new InvalidValueException("policy", "have a " + formulation.medication()
                        + " wait after " + kind + " in force", policy.name()));
    }

    private static MedicationForecast.InjectionDue injectionDue(Policy policy, ZoneId zone, Formulation formulation,
            Dose dose, Instant first) {
        MedicationRecord record = MedicationRecord.builder()
                .regimen(Regimen.of(formulation, RegimenPhase.MAINTENANCE, LocalDate.ofInstant(first, zone)))
                .dose(DoseEvent.administered(formulation, dose, first))
                .build();
        return MedicationForecasts.forecast(record, RuleContext.of(EvaluationContext.of(first, zone, policy))).stream()
                .filter(MedicationForecast.InjectionDue.class::isInstance)
                .map(MedicationForecast.InjectionDue.class::cast)
                .findFirst()
                .orElseThrow(() -> new InvalidValueException("policy", "have an interval for " + formulation + " in force",
                        policy.name()));
    }

    /** Returns the days from one instant to another, exact to the minute, four decimals. */
    static BigDecimal daysBetween(Instant from, Instant to) {
        return BigDecimal.valueOf(Duration.between(from, to).toMinutes()).divide(MINUTES_PER_DAY, DAY_SCALE,
                RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    private static String duration(Duration d) {
        return d.toHours() < 48 ? d.toHours() + " h" : days(d.toDays());
    }

    private static String days(long n) {
        return n == 1 ? "1 day" : n + " days";
    }

    private static String period(MedicationForecast.InjectionDue d) {
        java.time.Period p = d.interval();
        if (p.getYears() == 0 && p.getDays() == 0 && p.getMonths() > 0) {
            return p.getMonths() == 1 ? "1 month" : p.getMonths() + " months";
        }
        return p.toTotalMonths() == 0 ? days(p.getDays()) : p.toString();
    }

    private static String local(Instant instant, ZoneId zone) {
        return LocalDateTime.ofInstant(instant, zone).format(LOCAL);
    }
}
