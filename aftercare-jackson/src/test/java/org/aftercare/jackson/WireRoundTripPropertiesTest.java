package org.aftercare.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftercare.Answer;
import org.aftercare.Citation;
import org.aftercare.MoudEngagement;
import org.aftercare.MoudStatus;
import org.aftercare.OudMedication;
import org.aftercare.PatientContext;
import org.aftercare.Policy;
import org.aftercare.PolicyLayer;
import org.aftercare.SupportNeed;
import org.aftercare.VerificationStatus;
import org.aftercare.care.AdherenceThreshold;
import org.aftercare.care.AftercarePlan;
import org.aftercare.care.AgeRange;
import org.aftercare.care.AsamLevel;
import org.aftercare.care.AttendanceRecord;
import org.aftercare.care.AttendanceStatus;
import org.aftercare.care.CarePlacement;
import org.aftercare.care.CarePolicyKeys;
import org.aftercare.care.CareSetting;
import org.aftercare.care.Delivery;
import org.aftercare.care.HourBounds;
import org.aftercare.care.Modality;
import org.aftercare.care.ModalityRole;
import org.aftercare.care.PlannedService;
import org.aftercare.care.Population;
import org.aftercare.care.Referral;
import org.aftercare.care.Relapse;
import org.aftercare.care.RelapseSubstance;
import org.aftercare.care.ResidentialStay;
import org.aftercare.care.SessionSchedule;
import org.aftercare.evaluation.EvaluationRequest;
import org.aftercare.evaluation.StandardPolicies;
import org.aftercare.incentive.FundingPolicies;
import org.aftercare.incentive.IncentiveEvent;
import org.aftercare.incentive.IncentiveInstrument;
import org.aftercare.incentive.IncentivePreset;
import org.aftercare.incentive.IncentivePresets;
import org.aftercare.medication.Adjunct;
import org.aftercare.medication.AdjunctOrder;
import org.aftercare.medication.CowsAssessment;
import org.aftercare.medication.CowsItem;
import org.aftercare.medication.Dose;
import org.aftercare.medication.DoseEvent;
import org.aftercare.medication.DoseUnit;
import org.aftercare.medication.EcgResult;
import org.aftercare.medication.Formulation;
import org.aftercare.medication.MedicationRecord;
import org.aftercare.medication.NaloxoneChallenge;
import org.aftercare.medication.OpioidExposure;
import org.aftercare.medication.OpioidKind;
import org.aftercare.medication.Regimen;
import org.aftercare.medication.RegimenPhase;
import org.aftercare.medication.TakeHomeCriteriaAssessment;
import org.aftercare.medication.TakeHomeRequest;
import org.aftercare.medication.ToleranceLossEvent;
import org.aftercare.medication.ToleranceLossKind;
import org.aftercare.screening.Analyte;
import org.aftercare.screening.AnalyteResult;
import org.aftercare.screening.DrugTest;
import org.aftercare.screening.Outcome;
import org.aftercare.screening.Specimen;
import org.aftercare.screening.SpecimenStatus;

/**
 * Round trips of generated requests through the wire format, and robustness of the decoder on mutated documents.
 * Requests are built from a seeded {@link Random} (jqwik prints the seed of a failure).
 */
class WireRoundTripPropertiesTest {
    private static final List<String> CODES = List.of("json.unknown-property", "json.duplicate-key", "json.wrong-type",
            "json.missing", "json.invalid-value", "json.unknown-code", "json.out-of-range", "json.syntax",
            "json.limit.size", "json.limit.depth", "json.limit.string", "json.limit.array", "json.limit.number");

    private final AftercareJson json = AftercareJson.standard();

    @Property(tries = 1000, seed = "20261122")
    void encodeThenDecode_givesTheSameRequest(@ForAll("requests") EvaluationRequest request,
            @ForAll("correlations") String correlation) {
        String encoded = json.encodeRequest(request, correlation);

        Decoded<EvaluationRequest> decoded = json.decodeRequest(encoded.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.problems()).as(encoded).isEmpty();
        Decoded.Accepted<EvaluationRequest> ok = (Decoded.Accepted<EvaluationRequest>) decoded;
        assertThat(ok.correlation()).isEqualTo(java.util.Optional.ofNullable(correlation));
        EvaluationRequest back = ok.value();
        assertThat(back.plan()).isEqualTo(request.plan());
        assertThat(back.medication()).isEqualTo(request.medication());
        assertThat(back.patient()).isEqualTo(request.patient());
        assertThat(back.moud()).isEqualTo(request.moud());
        assertThat(back.incentiveEvents()).isEqualTo(request.incentiveEvents());
        assertThat(back.drawSeed()).isEqualTo(request.drawSeed());
        assertThat(back.context().policy().name()).isEqualTo(request.context().policy().name());
        // PolicyLayer has identity equality: compare what a layer holds
        assertThat(back.context().policy().layers()).extracting(PolicyLayer::name, PolicyLayer::description,
                PolicyLayer::thresholds).isEqualTo(request.context().policy().layers().stream()
                        .map(l -> org.assertj.core.groups.Tuple.tuple(l.name(), l.description(), l.thresholds())).toList());
        assertThat(json.encodeRequest(back, correlation)).isEqualTo(encoded);
    }

    @Property(tries = 1000, seed = "20261122")
    void mutatedDocuments_neverThrow_andAreAcceptedOrRejectedWithKnownCodes(@ForAll("mutations") String document) {
        Decoded<EvaluationRequest> decoded = json.decodeRequest(document.getBytes(StandardCharsets.UTF_8));

        if (decoded instanceof Decoded.Rejected<EvaluationRequest> rejected) {
            assertThat(rejected.problems()).isNotEmpty().allSatisfy(p -> {
                assertThat(CODES).contains(p.code());
                assertThat(p.pointer()).matches("(/[^/]*)*");
            });
        } else {
            assertThat(((Decoded.Accepted<EvaluationRequest>) decoded).value()).isNotNull();
        }
    }

    @Provide
    Arbitrary<String> correlations() {
        return Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.strings().ofMaxLength(40));
    }

    @Provide
    Arbitrary<String> mutations() {
        List<String> fixtures = List.of(MalformedRequestsTest.BASE, MalformedRequestsTest.MEDICATION,
                Fixtures.requestText("leaving-3.7-co-occurring"), Fixtures.requestText("buprenorphine-induction-too-early"));
        String tokens = "{}[]\":,0-9.eE+-tfn \\u\n";
        return Arbitraries.randomValue(random -> {
            StringBuilder doc = new StringBuilder(fixtures.get(random.nextInt(fixtures.size())));
            int edits = 1 + random.nextInt(4);
            for (int i = 0; i < edits; i++) {
                int at = random.nextInt(doc.length());
                switch (random.nextInt(4)) {
                    case 0 -> doc.delete(at, Math.min(doc.length(), at + 1 + random.nextInt(8)));
                    case 1 -> doc.insert(at, tokens.charAt(random.nextInt(tokens.length())));
                    case 2 -> doc.setLength(at);
                    default -> {
                        int end = Math.min(doc.length(), at + 1 + random.nextInt(60));
                        doc.insert(at, doc.substring(at, end));
                    }
                }
                if (doc.length() == 0) {
                    doc.append(' ');
                }
            }
            return doc.toString();
        });
    }

    @Provide
    Arbitrary<EvaluationRequest> requests() {
        return Arbitraries.randomValue(WireRoundTripPropertiesTest::request);
    }

    private static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    private static <E extends Enum<E>> E pick(Random r, Class<E> type) {
        E[] all = type.getEnumConstants();
        return all[r.nextInt(all.length)];
    }

    private static <E extends Enum<E>> Set<E> subset(Random r, Class<E> type) {
        Set<E> s = EnumSet.noneOf(type);
        for (E e : type.getEnumConstants()) {
            if (r.nextInt(3) == 0) {
                s.add(e);
            }
        }
        return s;
    }

    private static LocalDate date(Random r) {
        return LocalDate.of(2020, 1, 1).plusDays(r.nextInt(3650));
    }

    static EvaluationRequest request(Random r) {
        Instant asOf = Instant.parse("2020-01-01T00:00:00Z").plusSeconds(r.nextInt(400_000_000))
                .plusNanos(r.nextBoolean() ? 0 : r.nextInt(1_000_000_000));
        ZoneId zone = ZoneId.of(pick(r, List.of("America/New_York", "UTC", "Pacific/Chatham", "Asia/Kolkata")));
        PatientContext.Builder pb = PatientContext.builder().opioidUseDisorder(pick(r, Answer.class))
                .stimulantUseDisorder(pick(r, Answer.class)).coOccurringMentalHealthDisorder(pick(r, Answer.class))
                .pregnant(pick(r, Answer.class)).needs(subset(r, SupportNeed.class));
        if (r.nextBoolean()) {
            pb.ageYears(r.nextInt(PatientContext.MAX_AGE_YEARS + 1));
        }
        PatientContext patient = pb.build();
        MoudEngagement engagement = pick(r, MoudEngagement.class);
        Set<OudMedication> meds = EnumSet.noneOf(OudMedication.class);
        if (engagement == MoudEngagement.RECEIVING) {
            meds.add(pick(r, OudMedication.class));
            meds.addAll(subset(r, OudMedication.class));
        }
        MoudStatus moud = new MoudStatus(engagement, meds);
        EvaluationRequest.Builder b = EvaluationRequest.builder(asOf, zone).policy(policy(r)).patient(patient).moud(moud);
        boolean plan = r.nextBoolean();
        if (plan) {
            b.plan(plan(r, patient, moud));
        }
        boolean medication = r.nextBoolean();
        if (medication) {
            b.medication(medication(r));
        }
        if (!plan && !medication || r.nextBoolean()) {
            IncentivePreset preset = pick(r, IncentivePresets.all());
            org.aftercare.incentive.IncentiveProgram.Builder program = preset.toProgramBuilder();
            if (r.nextBoolean()) {
                // A clinic's own programme: not a preset, so it travels in full.
                List<org.aftercare.incentive.ProgramPhase> phases = new ArrayList<>();
                phases.add(org.aftercare.incentive.ProgramPhase.incentivized("active", 1 + r.nextInt(24), 1 + r.nextInt(3)));
                if (r.nextBoolean()) {
                    phases.add(org.aftercare.incentive.ProgramPhase.withoutIncentives("follow-up", 1 + r.nextInt(26), 1));
                }
                program.name("clinic-" + r.nextInt(100)).phases(phases);
            }
            b.incentives(program.funding(FundingPolicies.policy(pick(r, FundingPolicies.names())))
                    .instrument(pick(r, IncentiveInstrument.class)).setting(pick(r, CareSetting.class))
                    .startDate(date(r)).zone(zone).prescribedMoud(meds).build(), events(r))
                    .drawSeed(r.nextLong());
        }
        return b.build();
    }

    private static Policy policy(Random r) {
        List<String> overlays = new ArrayList<>(StandardPolicies.overlayNames());
        java.util.Collections.shuffle(overlays, r);
        Policy p = StandardPolicies.named(StandardPolicies.US_DEFAULT, overlays.subList(0, r.nextInt(3)));
        if (r.nextBoolean()) {
            Citation c = Citation.of("Clinic protocol " + r.nextInt(100), r.nextBoolean() ? "" : "4.2", "2026-01",
                    pick(r, VerificationStatus.class));
            PolicyLayer.Builder layer = PolicyLayer.builder("clinic:" + r.nextInt(1000), "Clinic overrides");
            layer.set(CarePolicyKeys.CONTINUING_CARE_MINIMUM, Period.ofMonths(1 + r.nextInt(24)), c);
            layer.set(CarePolicyKeys.ADULT_AGE, 16 + r.nextInt(6), c, org.aftercare.EffectivePeriod.from(date(r)));
            layer.set(CarePolicyKeys.MINIMUM_ADHERENCE,
                    AdherenceThreshold.of(Period.ofDays(7 + r.nextInt(60)), BigDecimal.valueOf(1 + r.nextInt(100), 2)), c);
            layer.set(CarePolicyKeys.weeklyHours(AsamLevel.V3_2_1, Population.ADULT).orElseThrow(),
                    HourBounds.between(BigDecimal.valueOf(9), new BigDecimal("19.5")), c);
            layer.set(CarePolicyKeys.ageRange(Modality.MULTIDIMENSIONAL_FAMILY_THERAPY), AgeRange.of(12, 18), c);
            layer.set(CarePolicyKeys.usualDose(Modality.TWELVE_STEP_FACILITATION),
                    new org.aftercare.care.UsualDose(null, 12, 4, null), c);
            if (r.nextBoolean()) {
                layer.set(org.aftercare.medication.MedicationPolicyKeys.BUPRENORPHINE_WAIT_SHORT_ACTING,
                        Duration.ofMinutes(r.nextInt(24 * 60)), c);
                layer.set(org.aftercare.medication.MedicationPolicyKeys.METHADONE_FIRST_DAY_CAP, dose(r), c);
                layer.set(org.aftercare.medication.MedicationPolicyKeys.XR_NALTREXONE_INTERVAL,
                        Period.ofDays(1 + r.nextInt(60)), c);
                layer.set(org.aftercare.medication.MedicationPolicyKeys.QTC_ERROR_MS, 1 + r.nextInt(2000), c);
                layer.set(org.aftercare.medication.MedicationPolicyKeys.NORBUPRENORPHINE_RATIO_CUTOFF,
                        BigDecimal.valueOf(r.nextInt(1000), 3), c);
                layer.set(org.aftercare.medication.MedicationPolicyKeys.TAKE_HOME_LADDER_APPLIES_TO_BUPRENORPHINE,
                        r.nextBoolean(), c);
            }
            p = p.withLayer(layer.build());
        }
        return p;
    }

    private static AftercarePlan plan(Random r, PatientContext patient, MoudStatus moud) {
        LocalDate start = date(r);
        AftercarePlan.Builder b = AftercarePlan.builder().patient(patient).moud(moud)
                .placement(CarePlacement.of(pick(r, AsamLevel.class), pick(r, CareSetting.class), start,
                        start.plusDays(r.nextInt(200))))
                .continuingCare(start, start.plusDays(r.nextInt(800)));
        if (r.nextBoolean()) {
            b.steppingDownFrom(pick(r, AsamLevel.class));
        }
        List<Integer> sessionServices = new ArrayList<>();
        int services = r.nextInt(6);
        for (int i = 0; i < services; i++) {
            Modality m = pick(r, Modality.class);
            LocalDate s = start.plusDays(r.nextInt(30));
            if (m.role() == ModalityRole.RESIDENCE) {
                b.service(PlannedService.inPerson(m, ResidentialStay.of(s, s.plusDays(r.nextInt(365)))));
                continue;
            }
            Delivery delivery = pick(r, Delivery.class);
            if (m.role() != ModalityRole.CLINICAL && r.nextInt(3) == 0) {
                b.service(new PlannedService(m, delivery, Referral.on(s)));
                continue;
            }
            Set<DayOfWeek> days = subset(r, DayOfWeek.class);
            days.add(pick(r, DayOfWeek.class));
            b.service(new PlannedService(m, delivery, new SessionSchedule(days,
                    Duration.ofMinutes(1 + r.nextInt(719)).plusSeconds(r.nextInt(2) * 30L), 1 + r.nextInt(52), s,
                    s.plusDays(r.nextInt(3000)))));
            sessionServices.add(i);
        }
        if (!sessionServices.isEmpty()) {
            for (int i = r.nextInt(5); i > 0; i--) {
                b.attendance(AttendanceRecord.of(pick(r, sessionServices), date(r), pick(r, AttendanceStatus.class)));
            }
        }
        for (int i = r.nextInt(3); i > 0; i--) {
            b.relapse(Relapse.of(date(r), pick(r, RelapseSubstance.class)));
        }
        return b.build();
    }

    private static Instant instant(Random r) {
        return Instant.parse("2020-01-01T00:00:00Z").plusSeconds(r.nextInt(300_000_000))
                .plusNanos(r.nextInt(4) == 0 ? r.nextInt(1_000_000_000) : 0);
    }

    /**
     * A dose in canonical form (no trailing zeros: the wire writes {@code 4.50 mg} as {@code "4.5 mg"}, so only
     * canonical amounts come back equal), up to 6 integer digits and 4 decimals, mg or mcg.
     */
    private static Dose dose(Random r) {
        BigDecimal amount = BigDecimal.valueOf(1 + r.nextInt(999_999), r.nextInt(5)).stripTrailingZeros();
        return Dose.of(amount.scale() < 0 ? amount.setScale(0) : amount, pick(r, DoseUnit.class));
    }

    /** A medication record of valid values only, built through the public factories; every part may appear. */
    static MedicationRecord medication(Random r) {
        MedicationRecord.Builder b = MedicationRecord.builder();
        List<Formulation> formulations = new ArrayList<>();
        for (int i = 1 + r.nextInt(3); i > 0; i--) {
            Formulation f = pick(r, Formulation.class);
            formulations.add(f);
            LocalDate start = date(r);
            b.regimen(r.nextBoolean() ? Regimen.of(f, pick(r, RegimenPhase.class), start)
                    : new Regimen(f, pick(r, RegimenPhase.class), start, start.plusDays(r.nextInt(400))));
        }
        for (int i = r.nextInt(5); i > 0; i--) {
            Formulation f = pick(r, formulations);
            switch (r.nextInt(3)) {
                case 0 -> b.dose(DoseEvent.administered(f, dose(r), instant(r)));
                case 1 -> b.dose(DoseEvent.missed(f, dose(r), instant(r)));
                default -> {
                    int supply = 1 + r.nextInt(366);
                    b.dose(DoseEvent.takeHome(f, dose(r), instant(r), supply, r.nextInt(supply + 1)));
                }
            }
        }
        for (int i = r.nextInt(3); i > 0; i--) {
            b.opioidExposure(r.nextBoolean() ? OpioidExposure.lastUsed(pick(r, OpioidKind.class), instant(r))
                    : OpioidExposure.lastUseUnknown(pick(r, OpioidKind.class)));
        }
        for (int i = r.nextInt(3); i > 0; i--) {
            java.util.Map<CowsItem, Integer> scores = new java.util.EnumMap<>(CowsItem.class);
            for (CowsItem item : CowsItem.values()) {
                scores.put(item, pick(r, List.copyOf(item.allowedScores())));
            }
            b.cows(new CowsAssessment(instant(r), scores));
        }
        for (int i = r.nextInt(3); i > 0; i--) {
            SpecimenStatus status = pick(r, SpecimenStatus.class);
            List<AnalyteResult> results = new ArrayList<>();
            if (status != SpecimenStatus.MISSED && status != SpecimenStatus.REFUSED) {
                for (Analyte a : subset(r, Analyte.class)) {
                    results.add(AnalyteResult.of(a, pick(r, Outcome.class)));
                }
            }
            b.drugTest(DrugTest.of(pick(r, Specimen.class), instant(r), status, results));
        }
        for (int i = r.nextInt(2); i > 0; i--) {
            b.naloxoneChallenge(new NaloxoneChallenge(instant(r), r.nextBoolean()));
        }
        for (int i = r.nextInt(3); i > 0; i--) {
            b.toleranceLoss(new ToleranceLossEvent(pick(r, ToleranceLossKind.class), date(r)));
        }
        for (int i = r.nextInt(3); i > 0; i--) {
            int supply = 1 + r.nextInt(366);
            b.takeHomeRequest(TakeHomeRequest.of(pick(r, formulations).medication(), date(r), supply,
                    r.nextInt(supply + 1)));
        }
        for (int i = r.nextInt(3); i > 0; i--) {
            b.takeHomeCriteriaAssessment(new TakeHomeCriteriaAssessment(date(r), r.nextInt(101)));
        }
        for (int i = r.nextInt(3); i > 0; i--) {
            b.adjunct(new AdjunctOrder(pick(r, Adjunct.class), dose(r), 1 + r.nextInt(48), date(r), 1 + r.nextInt(366)));
        }
        for (int i = r.nextInt(3); i > 0; i--) {
            b.ecg(new EcgResult(instant(r), 1 + r.nextInt(2000)));
        }
        return b.firstDayDoseJustification(pick(r, Answer.class)).build();
    }

    private static List<IncentiveEvent> events(Random r) {
        List<IncentiveEvent> events = new ArrayList<>();
        for (int i = r.nextInt(8); i > 0; i--) {
            LocalDate d = date(r);
            switch (r.nextInt(4)) {
                case 0 -> events.add(new IncentiveEvent.Attendance(d, r.nextBoolean()));
                case 1 -> events.add(new IncentiveEvent.MedicationDose(d, r.nextBoolean()));
                case 2 -> events.add(new IncentiveEvent.ExcusedAbsence(d));
                default -> {
                    Instant at = d.atTime(9, 30).atZone(ZoneId.of("UTC")).toInstant();
                    SpecimenStatus status = pick(r, SpecimenStatus.class);
                    List<AnalyteResult> results = new ArrayList<>();
                    if (status != SpecimenStatus.MISSED && status != SpecimenStatus.REFUSED) {
                        for (Analyte a : subset(r, Analyte.class)) {
                            results.add(r.nextBoolean() ? AnalyteResult.of(a, pick(r, Outcome.class))
                                    : AnalyteResult.of(a, pick(r, Outcome.class), BigDecimal.valueOf(r.nextInt(100_000), 1)));
                        }
                    }
                    events.add(new IncentiveEvent.SampleResult(DrugTest.of(pick(r, Specimen.class), at, status, results)));
                }
            }
        }
        return events;
    }
}
