package org.aftercare.medication;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.aftercare.OudMedication;
import org.aftercare.PolicyLayer;
import org.aftercare.ResolvedThreshold;
import org.aftercare.RuleContext;
import org.aftercare.Threshold;

/**
 * Computes forecasts from a record, such as the earliest buprenorphine start, the next take-home ladder step and
 * the next XR-naltrexone, Sublocade or Brixadi due date. Forecasts use the very calculations the checks use, so a forecast never
 * disagrees with a check: a first dose at the earliest induction instant gives no too-early finding, and one
 * minute earlier does.
 *
 * <pre>{@code
 * List<MedicationForecast> forecasts = MedicationForecasts.forecast(record, ctx);
 * }</pre>
 *
 * <p>Forecasts need complete data: an induction with an unknown last use has no forecast (the review reports the
 * missing data instead).
 *
 * @since 0.1.0
 */
public final class MedicationForecasts {
    /** Bound on re-reading waits as of the forecast date, for policies whose waits change on a date. */
    private static final int MAX_REFINEMENTS = 4;

    private MedicationForecasts() {
    }

    /**
     * Computes every forecast for the record as of the context's instant.
     *
     * @param record  the record, not null
     * @param ctx  the rule context (applied thresholds are recorded; no findings are reported), not null
     * @return the forecasts, in regimen order, not null
     */
    public static List<MedicationForecast> forecast(MedicationRecord record, RuleContext ctx) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(ctx, "ctx");
        List<MedicationForecast> result = new ArrayList<>();
        List<Regimen> regimens = record.regimens();
        for (int r = 0; r < regimens.size(); r++) {
            Regimen regimen = regimens.get(r);
            boolean standardBup = regimen.medication() == OudMedication.BUPRENORPHINE
                    && regimen.phase() == RegimenPhase.INDUCTION;
            boolean naltrexone = regimen.medication() == OudMedication.NALTREXONE;
            if ((standardBup || naltrexone)
                    && record.firstAdministered(regimen, ctx.zone()).isEmpty()) {
                earliestInduction(record, r, ctx).ifPresent(result::add);
            }
            if (regimen.medication() == OudMedication.METHADONE && regimen.isActiveOn(ctx.today())) {
                nextTakeHomeStep(regimen, r, ctx).ifPresent(result::add);
            }
        }
        for (XrNaltrexoneSchedule s : XrNaltrexoneSchedule.compute(record, ctx, new ArrayList<>())) {
            result.add(new MedicationForecast.InjectionDue(Formulation.NALTREXONE_XR_INJECTION, s.regimenIndex(),
                    s.lastInjection(), null, s.due(), s.due(), s.interval().value(), s.interval().layer(),
                    s.interval().citation()));
        }
        sublocadeDue(record, ctx).ifPresent(result::add);
        brixadiDue(record, ctx, result);
        return List.copyOf(result);
    }

    private static void brixadiDue(MedicationRecord record, RuleContext ctx, List<MedicationForecast> result) {
        List<Regimen> regimens = record.regimens();
        for (int r = 0; r < regimens.size(); r++) {
            Regimen regimen = regimens.get(r);
            Formulation f = regimen.formulation();
            if ((f != Formulation.BRIXADI_WEEKLY && f != Formulation.BRIXADI_MONTHLY) || !regimen.isActiveOn(ctx.today())) {
                continue;
            }
            List<Integer> injections = BrixadiRule.injections(record, f, ctx);
            if (injections.isEmpty()) {
                continue;
            }
            LocalDate last = record.doses().get(injections.get(injections.size() - 1)).date(ctx.zone());
            int regimenIndex = r;
            ctx.threshold(BrixadiRule.scheduleKey(f), ctx.today()).ifPresent(s -> result.add(
                    new MedicationForecast.InjectionDue(f, regimenIndex, last, s.value().earliest(last), s.value().due(last),
                            s.value().latest(last), s.value().interval(), s.layer(), s.citation())));
        }
    }

    private static Optional<MedicationForecast> sublocadeDue(MedicationRecord record, RuleContext ctx) {
        List<Integer> injections = SublocadeRule.injections(record, ctx);
        List<Regimen> regimens = record.regimens();
        for (int r = 0; r < regimens.size(); r++) {
            Regimen regimen = regimens.get(r);
            if (regimen.formulation() != Formulation.SUBLOCADE_MONTHLY || !regimen.isActiveOn(ctx.today())
                    || injections.isEmpty()) {
                continue;
            }
            LocalDate last = record.doses().get(injections.get(injections.size() - 1)).date(ctx.zone());
            Optional<ResolvedThreshold<Period>> interval = ctx.threshold(MedicationPolicyKeys.SUBLOCADE_INTERVAL,
                    ctx.today());
            Optional<ResolvedThreshold<Period>> grace = ctx.threshold(MedicationPolicyKeys.SUBLOCADE_LATE_GRACE,
                    ctx.today());
            if (interval.isEmpty() || grace.isEmpty()) {
                return Optional.empty();
            }
            Optional<ResolvedThreshold<Period>> minimum = SublocadeRule.minimumBeforeNext(record, injections, ctx);
            LocalDate due = last.plus(interval.get().value());
            return Optional.of(new MedicationForecast.InjectionDue(Formulation.SUBLOCADE_MONTHLY, r, last,
                    minimum.map(m -> last.plus(m.value())).orElse(null), due, due.plus(grace.get().value()),
                    interval.get().value(), interval.get().layer(), interval.get().citation()));
        }
        return Optional.empty();
    }

    private static Optional<MedicationForecast> earliestInduction(MedicationRecord record, int regimenIndex,
            RuleContext ctx) {
        Regimen regimen = record.regimens().get(regimenIndex);
        LocalDate date = ctx.today();
        Optional<InductionWait.Requirement> binding = Optional.empty();
        for (int i = 0; i < MAX_REFINEMENTS; i++) {
            InductionWait wait = waits(record, regimen, date, ctx);
            if (!wait.problems().isEmpty()) {
                return Optional.empty();
            }
            binding = wait.binding();
            if (binding.isEmpty()) {
                return Optional.empty();
            }
            LocalDate next = LocalDate.ofInstant(binding.get().earliest(), ctx.zone());
            if (next.equals(date)) {
                break;
            }
            date = next;
        }
        InductionWait.Requirement b = binding.orElseThrow();
        return Optional.of(new MedicationForecast.EarliestInduction(regimen.medication(), regimenIndex, b.earliest(),
                b.exposure().kind(), b.required().value(), b.required().layer(), b.required().citation()));
    }

    private static InductionWait waits(MedicationRecord record, Regimen regimen, LocalDate date, RuleContext ctx) {
        Instant cutoff = Instant.MAX;
        return regimen.medication() == OudMedication.NALTREXONE
                ? NaltrexoneStartRule.waits(record, cutoff, date, ctx)
                : BuprenorphineInductionRule.waits(record, cutoff, date, ctx);
    }

    private static Optional<MedicationForecast> nextTakeHomeStep(Regimen regimen, int regimenIndex, RuleContext ctx) {
        int today = regimen.treatmentDay(ctx.today());
        TakeHomeAllowance now = TakeHomeAllowance.compute(regimen, ctx.today(), 0, List.of(), ctx);
        if (now.isEmpty()) {
            return Optional.empty();
        }
        int current = now.strictest().allowedSupplyDays();
        TreeSet<Integer> candidates = new TreeSet<>();
        for (PolicyLayer layer : ctx.context().policy().layers()) {
            for (Threshold<TakeHomeLadder> t : layer.thresholds(MedicationPolicyKeys.TAKE_HOME_LADDER)) {
                t.value().tiers().forEach(tier -> candidates.add(tier.fromTreatmentDay()));
                t.period().start().filter(d -> d.isAfter(ctx.today()))
                        .ifPresent(d -> candidates.add(regimen.treatmentDay(d)));
                t.period().end().filter(d -> d.isAfter(ctx.today()))
                        .ifPresent(d -> candidates.add(regimen.treatmentDay(d)));
            }
        }
        for (int day : candidates.tailSet(today, false)) {
            LocalDate date = regimen.dateOfTreatmentDay(day);
            if (!regimen.isActiveOn(date)) {
                break;
            }
            TakeHomeAllowance then = TakeHomeAllowance.compute(regimen, date, 0, List.of(), ctx);
            if (!then.isEmpty() && then.strictest().allowedSupplyDays() > current) {
                TakeHomeAllowance.LayerAllowance w = then.strictest();
                return Optional.of(new MedicationForecast.TakeHomeStep(regimen.medication(), regimenIndex, date, day,
                        w.allowedSupplyDays(), w.ladder().layer(), w.ladder().citation()));
            }
        }
        return Optional.empty();
    }
}
