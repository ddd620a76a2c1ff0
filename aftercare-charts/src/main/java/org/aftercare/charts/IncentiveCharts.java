package org.aftercare.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.aftercare.InvalidValueException;
import org.aftercare.incentive.IncentiveEvent;
import org.aftercare.incentive.IncentiveLedger;
import org.aftercare.incentive.IncentiveProgram;
import org.aftercare.incentive.LedgerEntry;
import org.aftercare.incentive.PrizeDrawSchedule;
import org.aftercare.incentive.ProgramPhase;
import org.aftercare.screening.Analyte;
import org.aftercare.screening.AnalyteResult;
import org.aftercare.screening.DrugTest;
import org.aftercare.screening.Outcome;
import org.aftercare.screening.Specimen;
import org.aftercare.screening.SpecimenStatus;

/**
 * Charts of contingency management drawn from real ledgers, such as the cumulative voucher earnings of a CRA +
 * Vouchers ledger with its resets and recoveries marked, and the expected prize value per week of a prize-bowl
 * programme under full abstinence. Amounts stay exact decimals until they become pixels.
 *
 * <pre>{@code
 * XyChart vouchers = IncentiveCharts.voucherEarnings(IncentiveLedger.compute(program, events, 42L));
 * XyChart prizes = IncentiveCharts.prizeExpectedValue(prizeProgram);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class IncentiveCharts {
    private static final Look RESET = new Look("#d55e00", "", MarkerShape.CROSS);
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final Look RECOVERED = new Look("#009e73", "", MarkerShape.TRIANGLE);

    private IncentiveCharts() {
    }

    /**
     * Draws a ledger's cumulative payments, entry by entry: a line of the running total paid, a cross at each
     * reset and a triangle at each recovery, each labelled, and the final total labelled.
     *
     * @param ledger  the ledger, with at least one entry, not null
     * @return the chart named {@code voucher-earnings}, not null
     */
    public static XyChart voucherEarnings(IncentiveLedger ledger) {
        Objects.requireNonNull(ledger, "ledger");
        List<LedgerEntry> entries = ledger.entries();
        if (entries.isEmpty()) {
            throw new InvalidValueException("ledger.entries", "not be empty", 0);
        }
        List<Point> total = new ArrayList<>();
        List<Point> resets = new ArrayList<>();
        List<Point> recoveries = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            LedgerEntry e = entries.get(i);
            BigDecimal y = e.runningTotal().amount();
            boolean last = i == entries.size() - 1;
            total.add(Point.of(i + 1, y, last ? "total " + e.runningTotal().toDisplayString() : ""));
            if (e.reset()) {
                resets.add(Point.of(i + 1, y, "reset: " + failure(e)));
            }
            if (e.recovered()) {
                recoveries.add(Point.of(i + 1, y, "recovered"));
            }
        }
        List<Series> series = new ArrayList<>();
        series.add(new Series("Total paid after each sample", SeriesKind.LINE, Look.SOLID_CIRCLE, total));
        if (!resets.isEmpty()) {
            series.add(new Series("Reset to the start value", SeriesKind.POINTS, RESET, resets));
        }
        if (!recoveries.isEmpty()) {
            series.add(new Series("Recovery: value restored", SeriesKind.POINTS, RECOVERED, recoveries));
        }
        IncentiveProgram program = ledger.program();
        BigDecimal yMax = niceCeiling(ledger.total().amount());
        Axis x = Axis.linear("Sample number (urine tests in date order)", BigDecimal.ZERO,
                BigDecimal.valueOf(entries.size()), BigDecimal.valueOf(tickStep(entries.size())));
        Axis y = Axis.linear("Total paid (US dollars)", BigDecimal.ZERO, yMax, yMax.divide(BigDecimal.valueOf(5)));
        String description = "Escalating vouchers under the " + program.name() + " design from " + program.startDate()
                + ", funding policy " + program.funding().name() + ": the total paid after each of " + entries.size()
                + " samples (" + ledger.total().toDisplayString() + " in all, " + ledger.totalWithheld().toDisplayString()
                + " withheld by caps). A positive or missed sample resets the voucher value to the start; a run of "
                + "negatives restores it where the design has a recovery rule. Parameter sources: "
                + sources(program) + ".";
        return new XyChart("voucher-earnings", "Escalating vouchers: earnings with a reset and recovery ("
                + program.name() + ")", description, x, y, series);
    }

    /**
     * Draws the expected prize value per programme week under full abstinence: every scheduled sample of every
     * incentivised phase negative for the targets and the bonus analytes, run through {@link IncentiveLedger} for
     * the number of draws each sample earns; each week's draws times the bowl's expected value per draw, as
     * labelled bars, the week's draws in brackets under each bar. The draw counts do not depend on the seed.
     *
     * @param program  a prize-draw programme, not null
     * @return the chart named {@code prize-expected-value}, not null
     * @throws InvalidValueException if the programme's schedule is not a prize-draw schedule
     */
    public static XyChart prizeExpectedValue(IncentiveProgram program) {
        Objects.requireNonNull(program, "program");
        if (!(program.schedule() instanceof PrizeDrawSchedule schedule)) {
            throw new InvalidValueException("program.schedule", "be a prize-draw schedule", program.name());
        }
        IncentiveLedger ledger = IncentiveLedger.compute(program, fullAbstinence(program), 0L);
        TreeMap<Integer, Integer> drawsByWeek = new TreeMap<>();
        for (LedgerEntry e : ledger.entries()) {
            drawsByWeek.merge(e.week(), e.draws().size(), Integer::sum);
        }
        if (drawsByWeek.isEmpty()) {
            throw new InvalidValueException("program.phases", "hold an incentivised week", program.name());
        }
        List<Point> expected = new ArrayList<>();
        List<Tick> ticks = new ArrayList<>();
        BigDecimal highest = BigDecimal.ONE;
        for (var week : drawsByWeek.entrySet()) {
            BigDecimal value = schedule.bowl().expectedValueOf(week.getValue());
            expected.add(Point.of(week.getKey(), value, "$" + value.setScale(2, RoundingMode.HALF_EVEN).toPlainString()));
            ticks.add(new Tick(BigDecimal.valueOf(week.getKey()), week.getKey() + " (" + week.getValue() + ")"));
            highest = highest.max(value);
        }
        BigDecimal yMax = niceCeiling(highest);
        Axis x = new Axis("Programme week (draws that week in brackets)", AxisKind.LINEAR,
                BigDecimal.valueOf(drawsByWeek.firstKey()).subtract(HALF),
                BigDecimal.valueOf(drawsByWeek.lastKey()).add(HALF), ticks);
        Axis y = Axis.linear("Expected prize value per week (US dollars)", BigDecimal.ZERO, yMax,
                yMax.divide(BigDecimal.valueOf(5)));
        String description = "Prize draws under the " + program.name() + " design with full abstinence: each bar is "
                + "the expected prize value of the week's draws (the bowl holds " + schedule.bowl().totalValue()
                .toDisplayString() + " over " + schedule.bowl().totalSlips() + " slips, "
                + schedule.bowl().expectedValuePerDraw().toPlainString() + " a draw), before funding caps. "
                + ledger.draws().size() + " draws in all. Parameter sources: " + sources(program) + ".";
        return new XyChart("prize-expected-value", "Prize draws: expected value per week under full abstinence ("
                + program.name() + ")", description, x, y, List.of(
                        new Series("Expected prize value of the week's draws", SeriesKind.BARS, Look.SOLID_CIRCLE,
                                expected)));
    }

    /**
     * Returns the samples of a programme with every one negative: each week of each incentivised phase holds the
     * phase's samples a week, spread over the week, at 09:30 in the programme's zone.
     *
     * @param program  the programme, not null
     * @return the events, in date order, not null
     */
    public static List<IncentiveEvent> fullAbstinence(IncentiveProgram program) {
        List<Analyte> analytes = new ArrayList<>(program.effectiveTargetAnalytes());
        program.effectiveBonusAnalytes().stream().filter(a -> !analytes.contains(a)).forEach(analytes::add);
        analytes.sort(null);
        List<AnalyteResult> negative = analytes.stream().map(a -> AnalyteResult.of(a, Outcome.NEGATIVE)).toList();
        List<IncentiveEvent> events = new ArrayList<>();
        LocalDate weekStart = program.startDate();
        ZoneId zone = program.zone();
        for (ProgramPhase phase : program.phases()) {
            for (int w = 0; w < phase.weeks(); w++, weekStart = weekStart.plusWeeks(1)) {
                if (!phase.incentivized()) {
                    continue;
                }
                for (int n = 0; n < phase.perWeek(); n++) {
                    LocalDate day = weekStart.plusDays((long) n * 7 / phase.perWeek());
                    ZonedDateTime at = day.atTime(9, 30).atZone(zone);
                    events.add(new IncentiveEvent.SampleResult(DrugTest.of(Specimen.URINE, at.toInstant(),
                            SpecimenStatus.VALID, negative)));
                }
            }
        }
        return List.copyOf(events);
    }

    private static String failure(LedgerEntry e) {
        if (e.event() instanceof IncentiveEvent.SampleResult s) {
            return s.test().status() == SpecimenStatus.VALID ? "positive sample"
                    : s.test().status().name().toLowerCase(java.util.Locale.ROOT) + " sample";
        }
        return "missed";
    }

    private static String sources(IncentiveProgram program) {
        java.util.Map<String, List<String>> byCitation = new java.util.LinkedHashMap<>();
        program.parameterSources().forEach((k, c) -> byCitation.computeIfAbsent(c.toString(), x -> new ArrayList<>())
                .add(k));
        List<String> parts = new ArrayList<>();
        byCitation.forEach((c, keys) -> parts.add(c + " (" + String.join(", ", keys) + ")"));
        return String.join("; ", parts);
    }

    /** Rounds up to 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 or 10 times a power of ten (five ticks divide each evenly). */
    static BigDecimal niceCeiling(BigDecimal value) {
        BigDecimal v = value.max(BigDecimal.ONE);
        BigDecimal power = BigDecimal.ONE;
        while (power.multiply(BigDecimal.TEN).compareTo(v) < 0) {
            power = power.multiply(BigDecimal.TEN);
        }
        for (String m : List.of("1", "1.2", "1.5", "2", "2.5", "3", "4", "5", "6", "8", "10")) {
            BigDecimal candidate = power.multiply(new BigDecimal(m));
            if (candidate.compareTo(v) >= 0) {
                return candidate;
            }
        }
        return power.multiply(BigDecimal.TEN);
    }

    private static int tickStep(int count) {
        return count <= 12 ? 1 : count <= 30 ? 3 : count <= 60 ? 6 : (count / 60 + 1) * 6;
    }
}
