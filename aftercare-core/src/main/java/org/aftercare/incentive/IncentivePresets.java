package org.aftercare.incentive;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aftercare.Citation;
import org.aftercare.VerificationStatus;
import org.aftercare.screening.Analyte;
import org.aftercare.screening.SpecimenStatus;

/**
 * Published contingency-management designs as {@link IncentivePreset}s, such as
 * {@link #craVouchersHiggins1994()}. Each parameter cites its source and verification status; a
 * parameter no retrieved source confirms is cited as {@link VerificationStatus#UNVERIFIED}, and
 * {@link IncentiveReview} repeats that in every finding that uses it.
 *
 * @since 0.1.0
 */
public final class IncentivePresets {
    private static final Citation CRA_MANUAL = IncentiveRules.CRA_MANUAL;
    private static final Citation NREPP = Citation.of("NREPP legacy summary, CRA + Vouchers", "",
            "nrepp.samhsa.gov ViewLegacy id=42: urine 3x/week weeks 1-12, 2x/week weeks 13-24", VerificationStatus.VERIFIED);
    private static final Citation HIGGINS_AMOUNTS = Citation.of("Higgins et al. 1994, Arch Gen Psychiatry 51:568-576",
            "voucher schedule", "widely cited amounts; the primary text was not read (verification.md item 7)",
            VerificationStatus.UNVERIFIED);
    private static final Citation NOT_STATED = Citation.of("aftercare incentive presets", "",
            "not addressed in the sources read; the preset's choice, confirm locally", VerificationStatus.UNVERIFIED);
    private static final Citation SILVERMAN_1999 = Citation.of("Silverman, Chutuape, Bigelow & Stitzer 1999", "abstract",
            "the earlier (1996) programme's maximum was $1,155", VerificationStatus.VERIFIED);
    private static final Citation SILVERMAN_AMOUNTS = Citation.of("Silverman et al. 1996", "voucher schedule",
            "$2.50 start, +$1.50, $10 per 3 consecutive, 3x/week for 12 weeks: reproduces the verified $1,155 total "
                    + "but was not read in the primary text", VerificationStatus.UNVERIFIED);
    private static final Citation CTN_RL_CODE = Citation.of(
            "kyg0910/Optimizing-Contingency-Management-with-Reinforcement-Learning", "README and notebook",
            "states CTN-0007 probabilities 0.50/0.418/0.08/0.002, draws = consecutive abstinent weeks (1-12), "
                    + "+2 bonus draws, 2 samples a week", VerificationStatus.SECONDARY);
    private static final Citation PRIZE_VALUES = Citation.of("youth.gov, Prize-Based Incentive CM; ACF Prevention Services "
            + "Clearinghouse, Prize CM", "", "small about $1, large about $20, jumbo $80-$100", VerificationStatus.VERIFIED);
    private static final Citation CTN_RESET = Citation.of("ACF Prevention Services Clearinghouse, Prize Contingency "
            + "Management", "programs/685", "a lapse resets the number of draws", VerificationStatus.VERIFIED);
    private static final Citation CTN_TARGETS = Citation.of("NIDA CTN patient brochure, drug-free clinics", "",
            "2004: stimulant-negative urine and negative breath alcohol", VerificationStatus.VERIFIED);
    private static final Citation CTN_DURATION = Citation.of("Peirce et al. 2006; Petry et al. 2005", "abstracts",
            "12 weeks of prize incentives", VerificationStatus.VERIFIED);
    private static final Citation RIP_STRUCTURE = Citation.of("LA County DPH, Contingency Management / Recovery "
            + "Incentives Program pages", "", "24 weeks outpatient CM: weeks 1-12 2 visits/week, weeks 13-24 1 visit/week, "
                    + "then 6 or more months without incentives", VerificationStatus.VERIFIED);
    private static final Citation RIP_TARGETS = Citation.of("Freese et al. 2024, JOSAT (PMID 39243980)", "",
            "incentives depend on stimulant-negative tests only, whatever else is positive", VerificationStatus.VERIFIED);
    private static final Citation RIP_AMOUNTS = Citation.of("San Francisco Examiner 2023-08-29 (citing CalMatters)", "",
            "starts at $10; the most for one test is $26.50 (verification.md item 6)", VerificationStatus.SECONDARY);
    private static final Citation RIP_UNVERIFIED = Citation.of("California Recovery Incentives Program incentive table",
            "BHIN 23-040 / UCLA protocol", "not retrieved: +$1.50 step, reset after a positive test or unexcused absence "
                    + "and recovery are commonly described but unconfirmed", VerificationStatus.UNVERIFIED);

    private IncentivePresets() {
    }

    /**
     * Obtains CRA + Vouchers for cocaine (Vermont; Budney &amp; Higgins 1998): $2.50 start, +$1.25 per
     * consecutive negative, $10 per 3 consecutive ([U] amounts), reset on a positive or missed
     * sample, 5 consecutive negatives restore the pre-reset value ([V] structure), 3 samples a week
     * for 12 weeks then 2 a week for 12 weeks without vouchers (the lottery tickets of weeks 13-24 are
     * not modelled). Maximum $997.50.
     *
     * @return the preset, not null
     */
    public static IncentivePreset craVouchersHiggins1994() {
        EscalatingVoucherSchedule schedule = EscalatingVoucherSchedule.builder(Money.of("2.50"), Money.of("1.25"))
                .bonus(VoucherBonus.of(Money.of("10.00"), 3))
                .recovery(RecoveryRule.after(5))
                .build();
        return new IncentivePreset("cra-vouchers-higgins-1994", schedule,
                List.of(ProgramPhase.incentivized("weeks 1-12, vouchers", 12, 3),
                        ProgramPhase.withoutIncentives("weeks 13-24, lottery tickets not modelled", 12, 2)),
                IncentiveTarget.Abstinence.from(Analyte.COCAINE), Set.of(),
                FailurePolicy.of(ExcusedAbsenceHandling.NEUTRAL, CRA_MANUAL, SpecimenStatus.MISSED),
                ImmutableMap.<String, Citation>builder()
                        .put("schedule.startValue", HIGGINS_AMOUNTS)
                        .put("schedule.step", HIGGINS_AMOUNTS)
                        .put("schedule.bonus", HIGGINS_AMOUNTS)
                        .put("schedule.escalation-and-reset", CRA_MANUAL)
                        .put("schedule.recovery", CRA_MANUAL)
                        .put("phases", NREPP)
                        .put("target", CRA_MANUAL)
                        .put("failurePolicy.missed", CRA_MANUAL)
                        .put("failurePolicy.excusedAbsence", NOT_STATED)
                        .build());
    }

    /**
     * Obtains the Johns Hopkins variant for cocaine in methadone patients (Silverman et al. 1996):
     * $2.50 start, +$1.50, $10 per 3 consecutive ([U], but they reproduce the verified $1,155
     * maximum), 3 samples a week for 12 weeks, reset on a positive or missed sample, no recovery rule
     * (none stated in the sources read).
     *
     * @return the preset, not null
     */
    public static IncentivePreset hopkinsVouchersSilverman1996() {
        EscalatingVoucherSchedule schedule = EscalatingVoucherSchedule.builder(Money.of("2.50"), Money.of("1.50"))
                .bonus(VoucherBonus.of(Money.of("10.00"), 3))
                .build();
        return new IncentivePreset("hopkins-vouchers-silverman-1996", schedule,
                List.of(ProgramPhase.incentivized("weeks 1-12, vouchers", 12, 3)),
                IncentiveTarget.Abstinence.from(Analyte.COCAINE), Set.of(),
                FailurePolicy.of(ExcusedAbsenceHandling.NEUTRAL, NOT_STATED, SpecimenStatus.MISSED),
                ImmutableMap.<String, Citation>builder()
                        .put("schedule.maximum", SILVERMAN_1999)
                        .put("schedule.startValue", SILVERMAN_AMOUNTS)
                        .put("schedule.step", SILVERMAN_AMOUNTS)
                        .put("schedule.bonus", SILVERMAN_AMOUNTS)
                        .put("phases", SILVERMAN_AMOUNTS)
                        .put("schedule.recovery", NOT_STATED)
                        .put("failurePolicy", NOT_STATED)
                        .build());
    }

    /**
     * Obtains the CTN-0007 prize bowl (methadone clinics): 500 slips, 250 good-job / 209 × $1 /
     * 40 × $20 / 1 × $100, drawn with replacement; each stimulant-negative sample earns as many
     * draws as consecutive abstinent weeks (1 to 12), +2 draws when also opiate-negative; a positive
     * or missed sample resets to 1 draw; 2 samples a week for 12 weeks. 204 draws at most (156 + 48),
     * about $2.22 a draw. The breath-alcohol target is not included: a kernel drug test is one specimen.
     *
     * @return the preset, not null
     */
    public static IncentivePreset ctn0007PrizeBowl() {
        PrizeBowl bowl = PrizeBowl.of(PrizeTier.of("good-job", 250, Money.ZERO), PrizeTier.of("small", 209, Money.of("1.00")),
                PrizeTier.of("large", 40, Money.of("20.00")), PrizeTier.of("jumbo", 1, Money.of("100.00")));
        PrizeDrawSchedule schedule = new PrizeDrawSchedule(bowl, 1, 1, 12, EscalationUnit.WEEK, 2,
                DrawReplacement.WITH_REPLACEMENT, Optional.empty());
        return new IncentivePreset("ctn-0007-prize-bowl", schedule,
                List.of(ProgramPhase.incentivized("weeks 1-12, prize draws", 12, 2)),
                IncentiveTarget.Abstinence.from(Analyte.COCAINE, Analyte.AMPHETAMINE, Analyte.METHAMPHETAMINE),
                Set.of(Analyte.OPIATES),
                FailurePolicy.of(ExcusedAbsenceHandling.NEUTRAL, CTN_RESET, SpecimenStatus.MISSED),
                ImmutableMap.<String, Citation>builder()
                        .put("bowl.slips", CTN_RL_CODE)
                        .put("bowl.values", PRIZE_VALUES)
                        .put("schedule.draws", CTN_RL_CODE)
                        .put("schedule.bonusDraws", CTN_RL_CODE)
                        .put("schedule.reset", CTN_RESET)
                        .put("schedule.replacement", NOT_STATED)
                        .put("phases.duration", CTN_DURATION)
                        .put("phases.perWeek", CTN_RL_CODE)
                        .put("target", CTN_TARGETS)
                        .put("failurePolicy.excusedAbsence", NOT_STATED)
                        .build());
    }

    /**
     * Obtains the structure of California's Recovery Incentives Program: stimulant targets only, 24
     * weeks (2 tests a week in weeks 1-12, 1 a week in weeks 13-24; 36 in all), then 26 weeks without
     * incentives; $10 start and $26.50 most per test ([S]); the +$1.50 step, reset and the absence
     * of a recovery rule are [U] because the official incentive table was not retrieved. With these
     * values the schedule can earn $855.00, above the $599 cap; the ledger withholds the excess.
     *
     * @return the preset, not null
     */
    public static IncentivePreset californiaRecoveryIncentives() {
        EscalatingVoucherSchedule schedule = EscalatingVoucherSchedule.builder(Money.of("10.00"), Money.of("1.50"))
                .perSampleMaximum(Money.of("26.50"))
                .build();
        return new IncentivePreset("california-recovery-incentives", schedule,
                List.of(ProgramPhase.incentivized("weeks 1-12", 12, 2), ProgramPhase.incentivized("weeks 13-24", 12, 1),
                        ProgramPhase.withoutIncentives("follow-on treatment and recovery support", 26, 1)),
                IncentiveTarget.Abstinence.from(Analyte.COCAINE, Analyte.AMPHETAMINE, Analyte.METHAMPHETAMINE), Set.of(),
                FailurePolicy.of(ExcusedAbsenceHandling.NEUTRAL, RIP_UNVERIFIED, SpecimenStatus.MISSED),
                ImmutableMap.<String, Citation>builder()
                        .put("phases", RIP_STRUCTURE)
                        .put("target", RIP_TARGETS)
                        .put("schedule.startValue", RIP_AMOUNTS)
                        .put("schedule.perSampleMaximum", RIP_AMOUNTS)
                        .put("schedule.step", RIP_UNVERIFIED)
                        .put("schedule.reset", RIP_UNVERIFIED)
                        .put("schedule.recovery", RIP_UNVERIFIED)
                        .put("failurePolicy", RIP_UNVERIFIED)
                        .build());
    }

    /**
     * Returns every preset.
     *
     * @return the presets, not null
     */
    public static List<IncentivePreset> all() {
        return All.PRESETS;
    }

    /** The presets, built once on first use (immutable values; every JSON request with a programme looks one up). */
    private static final class All {
        static final List<IncentivePreset> PRESETS = List.of(craVouchersHiggins1994(), hopkinsVouchersSilverman1996(),
                ctn0007PrizeBowl(), californiaRecoveryIncentives());
    }
}
