package org.aftercare.charts;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.aftercare.care.AftercarePlan;
import org.aftercare.care.CarePlacement;
import org.aftercare.care.Delivery;
import org.aftercare.care.PlannedService;
import org.aftercare.care.Referral;
import org.aftercare.care.ResidentialStay;
import org.aftercare.care.SessionSchedule;

/**
 * Charts of the care domain, such as an aftercare plan as a timeline: one lane for the level of care, one per
 * planned service (a tick per session), one for medication for OUD and one for continuing care, dates on x.
 *
 * <pre>{@code
 * TimelineChart chart = PlanCharts.planTimeline(plan);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PlanCharts {
    private static final int MAX_DATE_TICKS = 9;

    private PlanCharts() {
    }

    /**
     * Draws a plan as a timeline of its level of care and modalities. Dates are counted in days from the plan's
     * first date; a span ends after its last day.
     *
     * @param plan  the plan, not null
     * @return the chart named {@code aftercare-plan}, not null
     */
    public static TimelineChart planTimeline(AftercarePlan plan) {
        Objects.requireNonNull(plan, "plan");
        CarePlacement placement = plan.placement();
        LocalDate first = placement.start().isBefore(plan.continuingCareStart()) ? placement.start()
                : plan.continuingCareStart();
        for (PlannedService s : plan.services()) {
            LocalDate start = start(s);
            first = start.isBefore(first) ? start : first;
        }
        LocalDate origin = first;
        LocalDate end = placement.end().isAfter(plan.continuingCareEnd()) ? placement.end() : plan.continuingCareEnd();
        for (PlannedService s : plan.services()) {
            LocalDate last = last(s);
            end = last.isAfter(end) ? last : end;
        }
        List<Lane> lanes = new ArrayList<>();
        List<Mark> levelMarks = new ArrayList<>();
        plan.steppingDownFrom().ifPresent(from -> levelMarks.add(new Mark(day(origin, placement.start()),
                "stepped down from ASAM " + from.code(), MarkerShape.DIAMOND)));
        lanes.add(Lane.of("Level of care: " + placement.level().label(), List.of(new Span(day(origin, placement.start()),
                day(origin, placement.end().plusDays(1)), lower(placement.setting().name()) + ", " + placement.start()
                        + " to " + placement.end(), SpanFill.SOLID)), levelMarks));
        for (PlannedService s : plan.services()) {
            lanes.add(serviceLane(origin, s));
        }
        lanes.add(Lane.of("Medication for OUD", List.of(), List.of(new Mark(day(origin, placement.start()),
                lower(plan.moud().engagement().name()) + (plan.moud().medications().isEmpty() ? "" : ": "
                        + plan.moud().medications().stream().map(m -> lower(m.name())).sorted()
                                .collect(Collectors.joining(", "))) + " (the plan holds no dates)", MarkerShape.CIRCLE))));
        lanes.add(Lane.of("Continuing care", List.of(new Span(day(origin, plan.continuingCareStart()),
                day(origin, plan.continuingCareEnd().plusDays(1)), plan.continuingCareStart() + " to "
                        + plan.continuingCareEnd() + " (" + months(plan.continuingCareStart(), plan.continuingCareEnd())
                        + ")", SpanFill.OUTLINE)), List.of()));
        if (!plan.relapses().isEmpty()) {
            lanes.add(Lane.of("Recorded relapses", List.of(), plan.relapses().stream()
                    .map(r -> new Mark(day(origin, r.date()), r.date() + " " + lower(r.substance().name()),
                            MarkerShape.CROSS))
                    .toList()));
        }
        Axis x = new Axis("Date (ticks on the first day of the month; one short tick per session)", AxisKind.LINEAR,
                BigDecimal.ZERO, day(origin, end.plusDays(1)), monthTicks(origin, end.plusDays(1)));
        String description = "Aftercare plan: placement in " + placement.level().label() + " from " + placement.start()
                + " to " + placement.end() + ", " + plan.services().size() + " planned services (bars from first to last date, a "
                + "tick per session, a circle for a referral), medication for OUD as recorded, and continuing care "
                + "from " + plan.continuingCareStart() + " to " + plan.continuingCareEnd() + ".";
        return new TimelineChart("aftercare-plan", "Aftercare plan: levels of care and modalities over time", description,
                x, lanes, List.of());
    }

    private static Lane serviceLane(LocalDate origin, PlannedService s) {
        String label = s.modality().label() + (s.delivery() == Delivery.TELEHEALTH ? " (telehealth)" : "");
        if (s.schedule() instanceof SessionSchedule ss) {
            String days = ss.days().stream().map(d -> d.getDisplayName(java.time.format.TextStyle.SHORT, Locale.ROOT))
                    .collect(Collectors.joining(", "));
            String every = ss.intervalWeeks() == 1 ? "weekly" : "every " + ss.intervalWeeks() + " weeks";
            return new Lane(label, List.of(new Span(day(origin, ss.start()), day(origin, ss.end().plusDays(1)),
                    days + " " + every + ", " + minutes(ss.sessionLength()) + ", " + ss.sessionCount() + " sessions",
                    SpanFill.OUTLINE)), List.of(), ss.sessionDates().stream().map(d -> day(origin, d)).toList());
        }
        if (s.schedule() instanceof ResidentialStay r) {
            return Lane.of(label, List.of(new Span(day(origin, r.start()), day(origin, r.end().plusDays(1)),
                    r.days() + " days, " + r.start() + " to " + r.end(), SpanFill.SOLID)), List.of());
        }
        if (s.schedule() instanceof Referral r) {
            return Lane.of(label, List.of(), List.of(new Mark(day(origin, r.start()), "referral " + r.start(),
                    MarkerShape.CIRCLE)));
        }
        throw new AssertionError(s.schedule());
    }

    private static LocalDate start(PlannedService s) {
        if (s.schedule() instanceof SessionSchedule ss) {
            return ss.start();
        }
        if (s.schedule() instanceof ResidentialStay r) {
            return r.start();
        }
        if (s.schedule() instanceof Referral r) {
            return r.start();
        }
        throw new AssertionError(s.schedule());
    }

    private static LocalDate last(PlannedService s) {
        if (s.schedule() instanceof SessionSchedule ss) {
            return ss.end();
        }
        if (s.schedule() instanceof ResidentialStay r) {
            return r.end();
        }
        return start(s);
    }

    private static BigDecimal day(LocalDate origin, LocalDate date) {
        return BigDecimal.valueOf(ChronoUnit.DAYS.between(origin, date));
    }

    private static List<Tick> monthTicks(LocalDate origin, LocalDate end) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(origin); !m.atDay(1).isAfter(end); m = m.plusMonths(1)) {
            if (!m.atDay(1).isBefore(origin)) {
                months.add(m);
            }
        }
        int every = months.size() / MAX_DATE_TICKS + 1;
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < months.size(); i += every) {
            ticks.add(new Tick(day(origin, months.get(i).atDay(1)), months.get(i).toString()));
        }
        return ticks;
    }

    private static String minutes(Duration d) {
        long h = d.toHours();
        long m = d.toMinutesPart();
        return h == 0 ? m + " min" : m == 0 ? h + " h" : h + " h " + m + " min";
    }

    private static String months(LocalDate start, LocalDate last) {
        long m = ChronoUnit.MONTHS.between(start, last.plusDays(1));
        return m == 1 ? "1 month" : m + " months";
    }

    private static String lower(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
