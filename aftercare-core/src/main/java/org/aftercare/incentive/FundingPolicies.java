package org.aftercare.incentive;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.aftercare.Citation;
import org.aftercare.EffectivePeriod;
import org.aftercare.InvalidValueException;
import org.aftercare.Policy;
import org.aftercare.PolicyLayer;
import org.aftercare.VerificationStatus;

/**
 * The funding rules for incentives as named, effective-dated policy layers, such as
 * {@code "samhsa-grant"}: $75 per patient per year until January 2025, then $750, no cash.
 *
 * <p>Select one by name with {@link #policy(String)} (a one-layer {@link Policy}) or
 * {@link #layer(String)} (to stack over a base or under a clinic's overrides). Every threshold cites
 * its source; where a source leaves a value open (such as whether an annual cap counts a calendar
 * year), the layer still sets one so rules can run, and its citation is marked
 * {@link VerificationStatus#UNVERIFIED}, which every finding using it repeats.
 *
 * <pre>{@code
 * Policy funding = FundingPolicies.policy(FundingPolicies.CALIFORNIA_RECOVERY_INCENTIVES)
 *         .withLayer(FundingPolicies.annualBasisOverride("county:example", CapResetBasis.CALENDAR_YEAR,
 *                 Citation.local("County CM protocol", "3.1", "2026")));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class FundingPolicies {

    /** HHS-OIG nominal value: $10 / $50 until 2016-12-07, then $15 per item / $75 per year; no cash. */
    public static final String OIG_NOMINAL_VALUE = "oig-nominal-value";
    /** OIG Advisory Opinion 22-04: below $5 per achievement, $200 a month, $599 a year; that requestor only. */
    public static final String OIG_AO_22_04 = "oig-ao-22-04";
    /** SAMHSA grants: $75 a year until January 2025, then $750 a year, no per-item cap, no cash. */
    public static final String SAMHSA_GRANT = "samhsa-grant";
    /** California Recovery Incentives Program (Medi-Cal DMC-ODS): $599, gift cards, outpatient only. */
    public static final String CALIFORNIA_RECOVERY_INCENTIVES = "california-recovery-incentives";

    private static final LocalDate OIG_2016 = LocalDate.of(2016, 12, 7);
    private static final LocalDate AO_22_04_ISSUED = LocalDate.of(2022, 3, 2);
    private static final LocalDate SAMHSA_2025 = LocalDate.of(2025, 1, 1);
    private static final LocalDate CMS_APPROVED_RIP = LocalDate.of(2021, 12, 29);
    private static final LocalDate CALAIM_ENDS = LocalDate.of(2027, 1, 1);

    private FundingPolicies() {
    }

    /**
     * Returns the names of the funding policies.
     *
     * @return the names, not null
     */
    public static List<String> names() {
        return List.of(OIG_NOMINAL_VALUE, OIG_AO_22_04, SAMHSA_GRANT, CALIFORNIA_RECOVERY_INCENTIVES);
    }

    /**
     * Obtains a funding policy by name, as a one-layer policy.
     *
     * @param name  one of {@link #names()}, not null
     * @return the policy, named as asked, not null; the same instance for the same name
     * @throws InvalidValueException if no policy has that name
     */
    public static Policy policy(String name) {
        Objects.requireNonNull(name, "name");
        Policy known = POLICIES.get(name);
        if (known != null) {
            return known;
        }
        Policy built = Policy.of(name, List.of(layer(name)));
        Policy raced = POLICIES.putIfAbsent(name, built);
        return raced == null ? built : raced;
    }

    /**
     * The policies built so far, one per name of {@link #names()} (a policy is immutable): shared, so what a policy
     * resolves once (each key's thresholds by date) serves every programme and every request that names it.
     */
    private static final Map<String, Policy> POLICIES = new ConcurrentHashMap<>();

    /**
     * Obtains a funding layer by name.
     *
     * @param name  one of {@link #names()}, not null
     * @return the layer, not null
     * @throws InvalidValueException if no layer has that name
     */
    public static PolicyLayer layer(String name) {
        Objects.requireNonNull(name, "name");
        PolicyLayer known = LAYERS.get(name);
        if (known != null) {
            return known;
        }
        PolicyLayer built = build(name);
        LAYERS.put(name, built);
        return built;
    }

    /** The layers built so far (immutable values; one per name of {@link #names()}): every request names one. */
    private static final Map<String, PolicyLayer> LAYERS = new ConcurrentHashMap<>();

    private static PolicyLayer build(String name) {
        switch (name) {
            case OIG_NOMINAL_VALUE:
                return oigNominalValue();
            case OIG_AO_22_04:
                return oigAdvisoryOpinion2204();
            case SAMHSA_GRANT:
                return samhsaGrant();
            case CALIFORNIA_RECOVERY_INCENTIVES:
                return californiaRecoveryIncentives();
            default:
                throw new InvalidValueException("fundingPolicy", "be one of " + names(), "\"" + name + "\"");
        }
    }

    /**
     * Obtains a layer that sets only the annual cap's counting window, to stack over a funding
     * layer whose basis the programme has settled from its own documents.
     *
     * @param layerName  the layer's name, such as {@code "county:example"}, not blank
     * @param basis  the basis, not null
     * @param source  the document that settles it, not null
     * @return the layer, not null
     */
    public static PolicyLayer annualBasisOverride(String layerName, CapResetBasis basis, Citation source) {
        return PolicyLayer.builder(layerName, "annual incentive cap basis: " + basis)
                .set(IncentivePolicyKeys.CAP_ANNUAL_BASIS, basis, source)
                .build();
    }

    private static PolicyLayer oigNominalValue() {
        Citation before = Citation.of("HHS-OIG nominal value interpretation (42 U.S.C. 1320a-7a(a)(5))", "",
                "2000 policy, as summarised by Lexology and healthlawdiagnosis.com", VerificationStatus.VERIFIED);
        Citation after = Citation.of("HHS-OIG policy statement on nominal value", "",
                "2016-12-07, as summarised by Lexology and healthlawdiagnosis.com", VerificationStatus.VERIFIED);
        Citation basis = Citation.of("HHS-OIG policy statement on nominal value", "annual aggregate",
                "2016-12-07; 'per year' read as calendar year, the window is not stated in the sources read",
                VerificationStatus.UNVERIFIED);
        Citation noMonthly = Citation.of("HHS-OIG policy statement on nominal value", "",
                "2016-12-07; sets per-item and annual limits only", VerificationStatus.VERIFIED);
        EffectivePeriod old = EffectivePeriod.until(OIG_2016);
        EffectivePeriod current = EffectivePeriod.from(OIG_2016);
        return PolicyLayer.builder(OIG_NOMINAL_VALUE, "HHS-OIG nominal value for beneficiary inducements")
                .set(IncentivePolicyKeys.CAP_PER_ITEM, MoneyLimit.atMost(Money.of("10.00")), before, old)
                .set(IncentivePolicyKeys.CAP_PER_ITEM, MoneyLimit.atMost(Money.of("15.00")), after, current)
                .set(IncentivePolicyKeys.CAP_ANNUAL, MoneyLimit.atMost(Money.of("50.00")), before, old)
                .set(IncentivePolicyKeys.CAP_ANNUAL, MoneyLimit.atMost(Money.of("75.00")), after, current)
                .set(IncentivePolicyKeys.CAP_ANNUAL_BASIS, CapResetBasis.CALENDAR_YEAR, basis)
                .set(IncentivePolicyKeys.CAP_PER_MONTH, MoneyLimit.NONE, noMonthly)
                .set(IncentivePolicyKeys.CAP_PER_EPISODE, MoneyLimit.NONE, noMonthly)
                .set(IncentivePolicyKeys.ALLOWED_INSTRUMENTS,
                        AllowedInstruments.of(IncentiveInstrument.GOODS, IncentiveInstrument.VOUCHER),
                        Citation.of("HHS-OIG policy statement on nominal value", "",
                                "2016-12-07: items must not be cash or cash equivalents; whether a store gift card is a "
                                        + "cash equivalent is not settled in the sources read, so gift cards are not listed",
                                VerificationStatus.VERIFIED))
                .set(IncentivePolicyKeys.REQUESTOR_ONLY, false, after)
                .build();
    }

    private static PolicyLayer oigAdvisoryOpinion2204() {
        Citation ao = Citation.of("HHS-OIG Advisory Opinion 22-04", "",
                "2022-03-02, as summarised by the ABA Health Law Section, Vorys and findacode", VerificationStatus.VERIFIED);
        Citation basis = Citation.of("HHS-OIG Advisory Opinion 22-04", "$599 per year",
                "2022-03-02; 'per year' read as calendar year, the window is not stated in the sources read",
                VerificationStatus.UNVERIFIED);
        EffectivePeriod issued = EffectivePeriod.from(AO_22_04_ISSUED);
        return PolicyLayer.builder(OIG_AO_22_04,
                        "OIG AO 22-04 (app-based CM on a restricted debit card); only its requestor may rely on it")
                .set(IncentivePolicyKeys.CAP_PER_ITEM, MoneyLimit.below(Money.of("5.00")), ao, issued)
                .set(IncentivePolicyKeys.CAP_PER_MONTH, MoneyLimit.atMost(Money.of("200.00")), ao, issued)
                .set(IncentivePolicyKeys.CAP_ANNUAL, MoneyLimit.atMost(Money.of("599.00")), ao, issued)
                .set(IncentivePolicyKeys.CAP_ANNUAL_BASIS, CapResetBasis.CALENDAR_YEAR, basis, issued)
                .set(IncentivePolicyKeys.CAP_PER_EPISODE, MoneyLimit.NONE, ao, issued)
                .set(IncentivePolicyKeys.ALLOWED_INSTRUMENTS,
                        AllowedInstruments.of(IncentiveInstrument.RESTRICTED_DEBIT_CARD), ao, issued)
                .set(IncentivePolicyKeys.REQUESTOR_ONLY, true, ao, issued)
                .build();
    }

    private static PolicyLayer samhsaGrant() {
        Citation before = Citation.of("SAMHSA grant CM limit (from the OIG nominal-value rule)", "",
                "until January 2025; PMC11527562 (2024), DynamiCare stakeholder letter 2024-12-16",
                VerificationStatus.VERIFIED);
        Citation after = Citation.of("SAMHSA contingency management guidance for grantees", "",
                "January 2025, as summarised by Rural SUD Info (2025-01-22) and Addiction Policy Forum; "
                        + "in force from 2025-01-01 (the day of month is not stated in the sources read)",
                VerificationStatus.VERIFIED);
        Citation basis = Citation.of("SAMHSA contingency management guidance for grantees", "per patient per year",
                "2025; 'per year' read as calendar year, the window is not stated in the sources read",
                VerificationStatus.UNVERIFIED);
        EffectivePeriod old = EffectivePeriod.until(SAMHSA_2025);
        EffectivePeriod current = EffectivePeriod.from(SAMHSA_2025);
        return PolicyLayer.builder(SAMHSA_GRANT, "SAMHSA discretionary grants that authorize CM")
                .set(IncentivePolicyKeys.CAP_ANNUAL, MoneyLimit.atMost(Money.of("75.00")), before, old)
                .set(IncentivePolicyKeys.CAP_ANNUAL, MoneyLimit.atMost(Money.of("750.00")), after, current)
                .set(IncentivePolicyKeys.CAP_ANNUAL_BASIS, CapResetBasis.CALENDAR_YEAR, basis)
                .set(IncentivePolicyKeys.CAP_PER_ITEM, MoneyLimit.NONE, after, current)
                .set(IncentivePolicyKeys.CAP_PER_MONTH, MoneyLimit.NONE, after, current)
                .set(IncentivePolicyKeys.CAP_PER_EPISODE, MoneyLimit.NONE, after, current)
                .set(IncentivePolicyKeys.ALLOWED_INSTRUMENTS, AllowedInstruments.of(IncentiveInstrument.GOODS,
                        IncentiveInstrument.VOUCHER, IncentiveInstrument.GIFT_CARD), after, current)
                .set(IncentivePolicyKeys.REQUESTOR_ONLY, false, after, current)
                .build();
    }

    private static PolicyLayer californiaRecoveryIncentives() {
        Citation cap = Citation.of("Freese et al. 2023, Prev Med 176:107703", "abstract",
                "$599 over six months for 36 stimulant-negative tests; LA County DPH RIP page", VerificationStatus.VERIFIED);
        Citation basis = Citation.of("LA County DPH, Recovery Incentives Program page", "",
                "retail value 'determined per treatment episode'; another LA County page says 'per calendar year' "
                        + "(verification.md item 6): override with annualBasisOverride once BHIN 23-040 is read",
                VerificationStatus.VERIFIED);
        Citation program = Citation.of("LA County DPH, Recovery Incentives Program page", "",
                "gift cards; outpatient only (no CM in ASAM 3.1-4.0 residential or institutions); "
                        + "CalAIM 1115 from CMS approval 2021-12-29 to 2026-12-31 (DHCS)", VerificationStatus.VERIFIED);
        Citation noOtherLimit = Citation.of("California Recovery Incentives Program", "",
                "no per-item, monthly or per-episode funding limit found in the sources read; the $26.50 most per test "
                        + "is a schedule parameter, not a funding cap", VerificationStatus.UNVERIFIED);
        EffectivePeriod calAim = EffectivePeriod.between(CMS_APPROVED_RIP, CALAIM_ENDS);
        return PolicyLayer.builder(CALIFORNIA_RECOVERY_INCENTIVES,
                        "California Recovery Incentives Program, Medi-Cal DMC-ODS contingency management benefit")
                .set(IncentivePolicyKeys.CAP_ANNUAL, MoneyLimit.atMost(Money.of("599.00")), cap, calAim)
                .set(IncentivePolicyKeys.CAP_ANNUAL_BASIS, CapResetBasis.EPISODE, basis, calAim)
                .set(IncentivePolicyKeys.CAP_PER_ITEM, MoneyLimit.NONE, noOtherLimit, calAim)
                .set(IncentivePolicyKeys.CAP_PER_MONTH, MoneyLimit.NONE, noOtherLimit, calAim)
                .set(IncentivePolicyKeys.CAP_PER_EPISODE, MoneyLimit.NONE, noOtherLimit, calAim)
                .set(IncentivePolicyKeys.ALLOWED_INSTRUMENTS, AllowedInstruments.of(IncentiveInstrument.GIFT_CARD),
                        program, calAim)
                .set(IncentivePolicyKeys.OUTPATIENT_ONLY, true, program, calAim)
                .set(IncentivePolicyKeys.REQUIRES_STIMULANT_USE_DISORDER, true, Citation.of(
                        "Freese et al. 2024, JOSAT (PMID 39243980); State of Reform 2022", "",
                        "the Medi-Cal CM benefit is for members with a stimulant use disorder", VerificationStatus.VERIFIED),
                        calAim)
                .set(IncentivePolicyKeys.REQUESTOR_ONLY, false, program, calAim)
                .build();
    }
}
