package org.aftercare.incentive;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.aftercare.Answer;
import org.aftercare.Citation;
import org.aftercare.Evaluation;
import org.aftercare.EvaluationContext;
import org.aftercare.MoudStatus;
import org.aftercare.PatientContext;
import org.aftercare.PolicyKey;
import org.aftercare.ResolvedThreshold;
import org.aftercare.RuleContext;
import org.aftercare.Severity;
import org.aftercare.screening.Analyte;
import org.aftercare.screening.SubstanceClass;

/**
 * The review of an incentive programme and its events, such as checking a CRA + Vouchers
 * programme against a SAMHSA grant's caps and computing its ledger.
 *
 * <p>Design-time rules: the schedule's maximum ({@link IncentiveRules#SCHEDULE_MAXIMUM}) against the
 * funding caps, unverified parameters, the instrument, the care setting, requestor-only authorities,
 * and the SAMHSA caution on opioid-abstinence targets. Run-time rules, from the ledger: amounts
 * withheld by caps, samples that could not be judged, prescribed-MOUD markers excluded, events
 * outside the incentivized period, and caps missing from the funding policy on an event's date.
 *
 * <p>Funding thresholds come from the programme's funding policy (the same the ledger pays by), not
 * from the context's policy; findings go into the context, and the funding thresholds applied are
 * returned in the {@link IncentiveReport}. The prescribed medications in {@code moud} are excluded
 * from the abstinence targets automatically.
 *
 * <pre>{@code
 * RuleContext ctx = RuleContext.of(EvaluationContext.of(asOf, zone, policy));
 * IncentiveReport report = IncentiveReview.evaluate(program, events, patient, MoudStatus.receiving(METHADONE), ctx);
 * Evaluation result = ctx.toEvaluation();
 * System.out.println(report.ledger().toText());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class IncentiveReview {
    /** The seed the review's ledger draws prizes with when the caller gives none. */
    public static final long DEFAULT_SEED = 0L;

    private IncentiveReview() {
    }

    /**
     * Reviews a programme and its events with the prize-draw seed {@link #DEFAULT_SEED}.
     *
     * @param program  the programme, not null
     * @param events  the events, in any order, not null
     * @param patient  what is known of the patient, not null
     * @param moud  the patient's MOUD status, not null
     * @param ctx  the rule context findings go to, not null
     * @return the ledger and design-time maximum, not null
     */
    public static IncentiveReport evaluate(IncentiveProgram program, List<? extends IncentiveEvent> events,
            PatientContext patient, MoudStatus moud, RuleContext ctx) {
        return evaluate(program, events, patient, moud, ctx, DEFAULT_SEED);
    }

    /**
     * Reviews a programme and its events.
     *
     * @param program  the programme, not null
     * @param events  the events, in any order, not null
     * @param patient  what is known of the patient, not null
     * @param moud  the patient's MOUD status, not null
     * @param ctx  the rule context findings go to, not null
     * @param seed  the prize-draw seed
     * @return the ledger and design-time maximum, not null
     */
    public static IncentiveReport evaluate(IncentiveProgram program, List<? extends IncentiveEvent> events,
            PatientContext patient, MoudStatus moud, RuleContext ctx, long seed) {
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(moud, "moud");
        Objects.requireNonNull(ctx, "ctx");
        IncentiveProgram p = program.withPrescribedMoud(moud.medications());
        RuleContext funding = RuleContext.of(EvaluationContext.of(ctx.asOf(), ctx.zone(), p.funding()));
        if (!p.zone().equals(ctx.zone())) {
            ctx.report(IncentiveRules.PROGRAM_ZONE_DIFFERS.finding("incentive.zone", "The programme's clinic zone "
                    + p.zone() + " differs from the evaluation zone " + ctx.zone()
                    + "; treatment days of samples follow the programme's zone", List.of(IncentiveRules.LIBRARY)));
        }
        ScheduleMaximum maximum = p.maximum();
        Map<String, Citation> unverified = p.unverifiedParameters();
        designTime(p, maximum, unverified, patient, moud, funding, ctx);
        IncentiveLedger ledger = IncentiveLedger.compute(p, events, seed);
        runTime(p, ledger, unverified, funding, ctx);
        Evaluation fundingResult = funding.toEvaluation();
        ctx.reportAll(fundingResult.findings());
        return new IncentiveReport(ledger, maximum, fundingResult.appliedThresholds());
    }

    private static void designTime(IncentiveProgram p, ScheduleMaximum max, Map<String, Citation> unverified,
            PatientContext patient, MoudStatus moud, RuleContext funding, RuleContext ctx) {
        LocalDate start = p.startDate();
        List<Citation> scheduleSources = scheduleSources(p, unverified);
        ctx.report(IncentiveRules.SCHEDULE_MAXIMUM.finding("incentive.schedule", maximumText(p, max), scheduleSources));
        if (!unverified.isEmpty()) {
            ctx.report(IncentiveRules.SCHEDULE_UNVERIFIED_PARAMETERS.finding("incentive.schedule",
                    "Programme " + p.name() + " uses unverified ([U]) values for "
                            + unverified.keySet().stream().sorted().collect(Collectors.joining(", "))
                            + "; amounts computed from them are not confirmed by any retrieved source", scheduleSources));
        }
        Optional<ResolvedThreshold<CapResetBasis>> basisThreshold = funding.require(IncentivePolicyKeys.CAP_ANNUAL_BASIS,
                start, "incentive.funding", Severity.WARNING);
        CapResetBasis basis = basisThreshold.map(ResolvedThreshold::value).orElse(CapResetBasis.EPISODE);
        Citation basisSource = basisThreshold.map(ResolvedThreshold::citation).orElse(IncentiveRules.LIBRARY);
        for (PolicyKey<MoneyLimit> key : IncentivePolicyKeys.aggregateCaps()) {
            funding.require(key, start, "incentive.funding", Severity.WARNING)
                    .filter(cap -> cap.value().isLimited())
                    .ifPresent(cap -> checkCap(p, max, key, cap, basis, key.equals(IncentivePolicyKeys.CAP_ANNUAL)
                            ? withFirst(basisSource, scheduleSources) : scheduleSources, ctx));
        }
        funding.require(IncentivePolicyKeys.CAP_PER_ITEM, start, "incentive.funding", Severity.WARNING).ifPresent(item -> {
            if (item.value().isExceededBy(max.largestItem())) {
                ctx.report(IncentiveRules.CAP_ITEM_CAN_EXCEED.finding("incentive.schedule", "One item can be worth "
                        + max.largestItem().toDisplayString() + ", above the per-item cap " + item.value() + " (funding "
                        + p.funding().name() + ")", withFirst(item.citation(), scheduleSources)));
            }
        });
        funding.require(IncentivePolicyKeys.ALLOWED_INSTRUMENTS, start, "incentive.instrument", Severity.WARNING)
                .ifPresent(allowed -> {
                    if (!allowed.value().allows(p.instrument())) {
                        ctx.report(IncentiveRules.INSTRUMENT_NOT_ALLOWED.finding("incentive.instrument", "Incentive form "
                                + p.instrument() + " is not allowed under funding " + p.funding().name() + " on " + start
                                + "; allowed: " + allowed.value(), List.of(allowed.citation())));
                    }
                });
        funding.threshold(IncentivePolicyKeys.OUTPATIENT_ONLY, start).ifPresent(only -> {
            if (only.value() && p.setting().providesTwentyFourHourStructure()) {
                ctx.report(IncentiveRules.SETTING_OUTPATIENT_ONLY.finding("incentive.setting", "Funding "
                        + p.funding().name() + " pays incentives only in outpatient care; the programme is planned in "
                        + "a residential setting", List.of(only.citation(), IncentiveRules.LA_COUNTY_RIP)));
            }
        });
        funding.threshold(IncentivePolicyKeys.REQUESTOR_ONLY, start).ifPresent(only -> {
            if (only.value()) {
                ctx.report(IncentiveRules.FUNDING_REQUESTOR_ONLY.finding("incentive.funding", "Funding "
                        + p.funding().name() + " rests on an advisory opinion that only its requestor may rely on; "
                        + "another programme needs its own authority", List.of(only.citation())));
            }
        });
        funding.threshold(IncentivePolicyKeys.REQUIRES_STIMULANT_USE_DISORDER, start).ifPresent(required -> {
            Answer sud = patient.stimulantUseDisorder();
            if (required.value() && sud != Answer.YES) {
                ctx.report(IncentiveRules.ELIGIBILITY_STIMULANT_USE_DISORDER.finding("patient.stimulantUseDisorder",
                        "Funding " + p.funding().name() + " pays incentives only for a stimulant use disorder; the "
                                + "patient's is " + (sud == Answer.NO ? "documented as absent" : "not documented"),
                        List.of(required.citation())));
            }
        });
        opioidAbstinenceCaution(p, patient, moud, ctx);
    }

    private static void checkCap(IncentiveProgram p, ScheduleMaximum max, PolicyKey<MoneyLimit> key,
            ResolvedThreshold<MoneyLimit> cap, CapResetBasis basis, List<Citation> scheduleSources, RuleContext ctx) {
        Money highest = cap.value().highestPayable().orElseThrow();
        List<CapWindow> windows = CapWindow.of(key, basis, p, max.weeks().size());
        if (p.schedule() instanceof PrizeDrawSchedule s) {
            // the first window with the most draws
            CapWindow worst = windows.get(0);
            long draws = worst.draws(max);
            for (CapWindow w : windows.subList(1, windows.size())) {
                long d = w.draws(max);
                if (d > draws) {
                    worst = w;
                    draws = d;
                }
            }
            BigDecimal expected = s.bowl().expectedValueOf(draws);
            String where = worst.isWholeProgramme() ? "" : " in " + worst.label() + " (programme weeks "
                    + worst.firstWeek() + "-" + worst.lastWeek() + ")";
            if (expected.compareTo(highest.amount()) > 0) {
                ctx.report(IncentiveRules.CAP_EXPECTED_EXCEEDS.finding("incentive.schedule", "The expected prize value of "
                        + draws + " draws" + where + " is about " + dollars(expected) + ", above "
                        + capText(p, key, cap, basis), withFirst(cap.citation(), scheduleSources)));
            } else if (worst.maximum(max).isGreaterThan(highest)) {
                ctx.report(IncentiveRules.CAP_SCHEDULE_CAN_EXCEED.finding(Severity.INFO, "incentive.schedule",
                        "The " + draws + " possible draws" + where + " could win up to "
                                + worst.maximum(max).toDisplayString() + ", above " + capText(p, key, cap, basis)
                                + "; the expected value, about " + dollars(expected) + ", is within it",
                        withFirst(cap.citation(), scheduleSources)));
            }
            return;
        }
        // the first window with the largest maximum, each window summed once; the whole programme's sum is the
        // schedule's maximum (each week's maximum is the difference of running totals, so they add up to it exactly)
        CapWindow worst = windows.get(0);
        Money most = worst.isWholeProgramme() ? max.maximum() : worst.maximum(max);
        for (CapWindow w : windows.subList(1, windows.size())) {
            Money m = w.maximum(max);
            if (m.isGreaterThan(most)) {
                worst = w;
                most = m;
            }
        }
        if (most.isGreaterThan(highest)) {
            ctx.report(IncentiveRules.CAP_SCHEDULE_CAN_EXCEED.finding(Severity.WARNING, "incentive.schedule",
                    "The schedule can earn " + most.toDisplayString() + worst.describe(max) + ", above "
                            + capText(p, key, cap, basis) + "; the excess " + most.minus(highest).toDisplayString()
                            + " would be withheld", withFirst(cap.citation(), scheduleSources)));
        }
    }

    private static String capText(IncentiveProgram p, PolicyKey<MoneyLimit> key, ResolvedThreshold<MoneyLimit> cap,
            CapResetBasis basis) {
        return key.name() + " " + cap.value() + (key.equals(IncentivePolicyKeys.CAP_ANNUAL)
                ? " counted per " + basis.name().toLowerCase(Locale.ROOT).replace('_', ' ') : "")
                + " (funding " + p.funding().name() + ", layer " + cap.layer() + ")";
    }

    private static void opioidAbstinenceCaution(IncentiveProgram p, PatientContext patient, MoudStatus moud,
            RuleContext ctx) {
        if (!(p.target() instanceof IncentiveTarget.Abstinence a)) {
            return;
        }
        Set<Analyte> markers = p.moudMarkers();
        Set<Analyte> reinforced = EnumSet.copyOf(a.analytes()); // in the analytes' natural order
        reinforced.addAll(p.bonusAnalytes());
        List<String> opioids = new ArrayList<>();
        for (Analyte x : reinforced) {
            if (x.substanceClass() == SubstanceClass.OPIOID && !markers.contains(x)) {
                opioids.add(x.code());
            }
        }
        if (opioids.isEmpty() || patient.opioidUseDisorder() == Answer.NO || moud.isReceiving()) {
            return;
        }
        String message = patient.opioidUseDisorder() == Answer.UNKNOWN
                ? "The programme reinforces abstinence from " + String.join(", ", opioids) + " but the patient's OUD "
                        + "status is not documented; if the patient has OUD and is not on MOUD, loss of tolerance "
                        + "raises overdose risk"
                : "The programme reinforces abstinence from " + String.join(", ", opioids) + " for a patient with OUD "
                        + "whose MOUD status is " + moud.engagement() + "; loss of tolerance raises overdose risk, and "
                        + "MOUD is the standard of care";
        ctx.report(IncentiveRules.TARGET_OPIOID_ABSTINENCE_WITHOUT_MOUD.finding("incentive.target", message,
                List.of(IncentiveRules.SAMHSA_OPIOID_CAUTION)));
    }

    private static void runTime(IncentiveProgram p, IncentiveLedger ledger, Map<String, Citation> unverifiedParameters,
            RuleContext funding, RuleContext ctx) {
        Set<String> missingReported = new HashSet<>();
        List<Citation> unverified = unverifiedParameters.values().stream().distinct().toList();
        EventJudge judge = ledger.judge();
        String prescribed = null;
        for (LedgerEntry e : ledger.entries()) {
            if (!e.withheld().isZero()) {
                List<Citation> cites = new ArrayList<>();
                e.capHits().forEach(h -> h.citations().stream().filter(c -> !cites.contains(c)).forEach(cites::add));
                unverified.stream().filter(c -> !cites.contains(c)).forEach(cites::add);
                ctx.report(IncentiveRules.CAP_WITHHELD.finding(path(e), "On " + e.date() + " "
                        + e.earned().toDisplayString() + " was earned, " + e.paid().toDisplayString() + " paid and "
                        + e.withheld().toDisplayString() + " withheld: " + e.capHits().stream().map(CapHit::toString)
                                .collect(Collectors.joining("; ")), cites));
            }
            if (e.outcome() == EntryOutcome.NOT_ASSESSED) {
                ctx.report(IncentiveRules.SAMPLE_NOT_ASSESSED.finding(path(e), "Sample of " + e.date()
                        + " not judged: " + e.reason(), List.of(p.failurePolicy().source(), IncentiveRules.CRA_MANUAL)));
            }
            if (e.outcome() == EntryOutcome.OUTSIDE_INCENTIVE_PERIOD) {
                ctx.report(IncentiveRules.EVENT_OUTSIDE_INCENTIVE_PERIOD.finding(path(e), "Event of " + e.date()
                        + " earned nothing: " + e.reason(), List.of(IncentiveRules.LIBRARY)));
            }
            List<Analyte> excluded = judge.excludedMarkers(e.event(), e.week());
            if (!excluded.isEmpty()) {
                prescribed = prescribed == null ? String.valueOf(p.prescribedMoud()) : prescribed;
                ctx.report(IncentiveRules.TARGET_MOUD_MARKER_EXCLUDED.finding(path(e), "Sample of " + e.date()
                        + " positive for " + excluded.stream().map(Analyte::code).collect(Collectors.joining(", "))
                        + ", markers of prescribed " + prescribed + "; not counted against the target",
                        List.of(IncentiveRules.TIP_43)));
            }
            if (!e.capsNotInForce().isEmpty()) {
                for (PolicyKey<?> key : CAP_KEYS) {
                    if (e.capsNotInForce().contains(key.name()) && missingReported.add(key.name())) {
                        funding.require(key, e.date(), "incentive.funding", Severity.WARNING);
                    }
                }
            }
        }
    }

    private static String path(LedgerEntry e) {
        return "incentive.events[" + e.eventIndex() + "]";
    }

    private static final List<PolicyKey<?>> CAP_KEYS = capKeys();

    private static List<PolicyKey<?>> capKeys() {
        return List.of(IncentivePolicyKeys.CAP_PER_ITEM, IncentivePolicyKeys.CAP_PER_MONTH, IncentivePolicyKeys.CAP_ANNUAL,
                IncentivePolicyKeys.CAP_ANNUAL_BASIS, IncentivePolicyKeys.CAP_PER_EPISODE);
    }

    private static String maximumText(IncentiveProgram p, ScheduleMaximum max) {
        if (p.schedule() instanceof PrizeDrawSchedule s) {
            return "Programme " + p.name() + ": " + max.totalDraws() + " draws at most (" + max.baseDraws() + " base + "
                    + max.bonusDraws() + " bonus) over " + max.samples() + " incentivized samples; expected value "
                    + s.bowl().expectedValuePerDraw().toPlainString() + " per draw, about " + dollars(max.expected())
                    + " in all; every draw winning the top prize would pay " + max.maximum().toDisplayString();
        }
        return "Programme " + p.name() + ": at most " + max.maximum().toDisplayString() + " over " + max.samples()
                + " incentivized samples, of which " + max.bonusTotal().toDisplayString() + " in run bonuses; largest item "
                + max.largestItem().toDisplayString();
    }

    private static String dollars(BigDecimal amount) {
        return "$" + amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static List<Citation> scheduleSources(IncentiveProgram p, Map<String, Citation> unverified) {
        List<Citation> sources = new ArrayList<>(unverified.size() + p.parameterSources().size());
        for (Citation c : unverified.values()) {
            if (!sources.contains(c)) {
                sources.add(c);
            }
        }
        for (Citation c : p.parameterSources().values()) {
            if (!sources.contains(c)) {
                sources.add(c);
            }
        }
        return List.copyOf(sources);
    }

    private static List<Citation> withFirst(Citation first, List<Citation> rest) {
        List<Citation> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        for (Citation c : rest) {
            if (!c.equals(first)) {
                all.add(c);
            }
        }
        return all;
    }
}
