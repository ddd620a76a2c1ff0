package org.aftercare.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.aftercare.evaluation.EvaluationRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed documents, each with the exact list of (pointer, code) problems it must give. */
class MalformedRequestsTest {
    /** A small valid request: a plan with one service of each schedule type, and an incentive programme. */
    static final String BASE = """
            {
              "correlation": "req-1",
              "asOf": "2026-03-01T14:00:00Z",
              "zone": "America/New_York",
              "policy": {"name": "us-default", "layers": ["care-alt-continuing-care-12-months"]},
              "patient": {"ageYears": 29, "opioidUseDisorder": "yes", "needs": ["housing"]},
              "moud": {"engagement": "receiving", "medications": ["buprenorphine"]},
              "plan": {
                "placement": {"level": "asam3:2.1", "setting": "outpatient", "start": "2026-03-02", "end": "2026-05-24"},
                "services": [
                  {"modality": "group-therapy", "delivery": "in-person",
                   "schedule": {"type": "sessions", "days": ["monday", "wednesday", "friday"], "sessionLength": "PT3H",
                                "start": "2026-03-02", "end": "2026-05-24"}},
                  {"modality": "recovery-housing", "delivery": "in-person",
                   "schedule": {"type": "stay", "start": "2026-03-02", "end": "2026-08-31"}},
                  {"modality": "vocational-rehabilitation", "delivery": "in-person",
                   "schedule": {"type": "referral", "start": "2026-03-02"}}
                ],
                "continuingCare": {"start": "2026-03-02", "end": "2027-03-01"},
                "attendance": [{"service": 0, "date": "2026-03-02", "status": "attended"}],
                "relapses": []
              },
              "incentive": {
                "preset": "ctn-0007-prize-bowl", "funding": "samhsa-grant", "instrument": "goods",
                "setting": "outpatient", "startDate": "2026-03-02", "zone": "America/New_York",
                "events": [
                  {"type": "sample", "specimen": "urine", "collectedAt": "2026-03-02T15:00:00Z", "status": "valid",
                   "results": [{"analyte": "cocaine", "outcome": "negative"}]},
                  {"type": "attendance", "date": "2026-03-03", "attended": true}
                ],
                "drawSeed": 7
              }
            }
            """;

    /**
     * A valid medication-only request (no plan, no incentive): a methadone maintenance regimen with every part of the
     * medication record filled once.
     */
    static final String MEDICATION = """
            {
              "correlation": "med-1",
              "asOf": "2026-03-02T14:00:00Z",
              "zone": "America/New_York",
              "policy": {"name": "us-default", "layers": []},
              "patient": {"ageYears": 41, "opioidUseDisorder": "yes"},
              "moud": {"engagement": "receiving", "medications": ["methadone"]},
              "medication": {
                "regimens": [{"formulation": "methadone-oral-liquid", "phase": "maintenance", "start": "2026-01-05"}],
                "doses": [
                  {"kind": "administered", "formulation": "methadone-oral-liquid", "dose": "40 mg", "at": "2026-03-01T14:00:00Z"},
                  {"kind": "dispensed-take-home", "formulation": "methadone-oral-liquid", "dose": "40 mg",
                   "at": "2026-02-27T14:00:00Z", "supplyDays": 2, "closureDays": 1}
                ],
                "opioidExposures": [{"kind": "fentanyl", "lastUse": "2026-01-01T02:00:00Z"}, {"kind": "unknown"}],
                "cowsAssessments": [{"at": "2026-01-05T13:00:00Z", "scores": {"resting-pulse": 1, "sweating": 1,
                  "restlessness": 1, "pupil-size": 0, "bone-or-joint-aches": 2, "runny-nose-or-tearing": 0,
                  "gi-upset": 2, "tremor": 0, "yawning": 0, "anxiety-or-irritability": 2, "gooseflesh": 0}}],
                "drugTests": [{"specimen": "urine", "collectedAt": "2026-02-27T15:00:00Z", "status": "valid",
                               "results": [{"analyte": "methadone", "outcome": "positive"}]}],
                "naloxoneChallenges": [{"at": "2026-01-05T12:00:00Z", "withdrawalSigns": false}],
                "toleranceLossEvents": [{"kind": "left-moud", "date": "2025-12-01"}],
                "takeHomeRequests": [{"medication": "methadone", "firstDay": "2026-03-02", "supplyDays": 2, "closureDays": 0}],
                "takeHomeCriteriaAssessments": [{"assessedOn": "2026-03-01", "criteriaDocumented": 8}],
                "adjunctOrders": [{"adjunct": "ondansetron", "dose": "4 mg", "dosesPerDay": 3, "start": "2026-01-05", "days": 5}],
                "ecgResults": [{"at": "2026-01-04T15:00:00Z", "qtcMilliseconds": 430}],
                "firstDayDoseJustification": "no"
              }
            }
            """;

    private static String med(String from, String to) {
        if (!MEDICATION.contains(from)) {
            throw new IllegalArgumentException("not in the medication document: " + from);
        }
        if (MEDICATION.indexOf(from) != MEDICATION.lastIndexOf(from)) {
            throw new IllegalArgumentException("more than once in the medication document: " + from);
        }
        return MEDICATION.replace(from, to);
    }

    /** A clinic's own voucher programme, valid, for the incentive section's "program" member. */
    static final String PROGRAM = """
            {"name": "clinic-vouchers",
             "schedule": {"type": "escalating-vouchers", "escalatesPer": "sample", "startValue": "2.50", "step": "1.25",
                          "bonus": {"amount": "10.00", "everyConsecutive": 3}, "recovery": {"consecutiveSuccesses": 5}},
             "phases": [{"name": "active", "weeks": 12, "perWeek": 3, "incentivized": true}],
             "target": {"type": "abstinence", "analytes": ["cocaine", "amphetamine"]},
             "bonusAnalytes": [],
             "failurePolicy": {"failingStatuses": ["missed", "refused"], "excusedAbsence": "neutral",
                               "source": {"document": "Clinic CM protocol", "edition": "2026", "status": "local"}},
             "parameterSources": {"schedule": {"document": "Clinic CM protocol", "section": "2", "edition": "2026",
                                               "status": "local"}}}""";

    private static String base(String from, String to) {
        if (!BASE.contains(from)) {
            throw new IllegalArgumentException("not in the base document: " + from);
        }
        return BASE.replace(from, to);
    }

    private static String nest(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    static Stream<Arguments> cases() {
        return Stream.concat(careAndIncentiveCases(), medicationCases());
    }

    static Stream<Arguments> medicationCases() {
        String firstDose = "\"dose\": \"40 mg\", \"at\": \"2026-03-01T14:00:00Z\"";
        String takeHome = "{\"medication\": \"methadone\", \"firstDay\": \"2026-03-02\", \"supplyDays\": 2, \"closureDays\": 0}";
        return Stream.of(
                c("medication: negative dose", med(firstDose, firstDose.replace("40 mg", "-4 mg")),
                        "/medication/doses/0/dose json.invalid-value"),
                c("medication: dose without a space", med(firstDose, firstDose.replace("40 mg", "4mg")),
                        "/medication/doses/0/dose json.invalid-value"),
                c("medication: dose in grams", med(firstDose, firstDose.replace("40 mg", "4 g")),
                        "/medication/doses/0/dose json.invalid-value"),
                c("medication: zero dose", med("\"dose\": \"4 mg\"", "\"dose\": \"0 mg\""),
                        "/medication/adjunctOrders/0/dose json.invalid-value"),
                c("medication: dose as a number", med(firstDose, firstDose.replace("\"40 mg\"", "40")),
                        "/medication/doses/0/dose json.wrong-type"),
                c("medication: COWS score not allowed for its item", med("\"resting-pulse\": 1", "\"resting-pulse\": 3"),
                        "/medication/cowsAssessments/0/scores/resting-pulse json.invalid-value"),
                c("medication: COWS score above the scale", med("\"gooseflesh\": 0", "\"gooseflesh\": 6"),
                        "/medication/cowsAssessments/0/scores/gooseflesh json.out-of-range"),
                c("medication: COWS item missing", med("\"tremor\": 0, ", ""),
                        "/medication/cowsAssessments/0/scores json.missing"),
                c("medication: COWS item unknown", med("\"tremor\": 0, ", "\"tremor\": 0, \"shivering\": 1, "),
                        "/medication/cowsAssessments/0/scores/shivering json.unknown-property"),
                c("medication: unknown formulation", med("{\"formulation\": \"methadone-oral-liquid\"",
                        "{\"formulation\": \"methadone-nasal-spray\""),
                        "/medication/regimens/0/formulation json.unknown-code"),
                c("medication: unknown phase and tolerance-loss kind",
                        med("\"maintenance\"", "\"forever\"").replace("\"left-moud\"", "\"moved-house\""),
                        "/medication/regimens/0/phase json.unknown-code",
                        "/medication/toleranceLossEvents/0/kind json.unknown-code"),
                c("medication: take-home closure days above the supply",
                        med(takeHome, takeHome.replace("\"closureDays\": 0", "\"closureDays\": 3")),
                        "/medication/takeHomeRequests/0/closureDays json.invalid-value"),
                c("medication: dispensed closure days above the supply",
                        med("\"supplyDays\": 2, \"closureDays\": 1}", "\"supplyDays\": 2, \"closureDays\": 5}"),
                        "/medication/doses/1/closureDays json.invalid-value"),
                c("medication: take-home of zero days", med(takeHome, takeHome.replace("\"supplyDays\": 2", "\"supplyDays\": 0")),
                        "/medication/takeHomeRequests/0/supplyDays json.out-of-range"),
                c("medication: take-home for a medication without a regimen",
                        med(takeHome, takeHome.replace("\"methadone\"", "\"buprenorphine\"")),
                        "/medication/takeHomeRequests/0/medication json.invalid-value"),
                c("medication: dose of a formulation without a regimen",
                        med("{\"kind\": \"administered\", \"formulation\": \"methadone-oral-liquid\"",
                                "{\"kind\": \"administered\", \"formulation\": \"buprenorphine-sublingual\""),
                        "/medication/doses/0/formulation json.invalid-value"),
                c("medication: regimen ends before it starts", med("\"start\": \"2026-01-05\"}", "\"start\": \"2026-01-05\", \"end\": \"2026-01-04\"}"),
                        "/medication/regimens/0/end json.invalid-value"),
                c("medication: last use in 1800", med("2026-01-01T02:00:00Z", "1800-01-01T02:00:00Z"),
                        "/medication/opioidExposures/0/lastUse json.out-of-range"),
                c("medication: QTc of 0 ms", med("\"qtcMilliseconds\": 430", "\"qtcMilliseconds\": 0"),
                        "/medication/ecgResults/0/qtcMilliseconds json.out-of-range"),
                c("medication: no regimens member, and a class name", med("\"regimens\": [{\"formulation\": \"methadone-oral-liquid\", \"phase\": \"maintenance\", \"start\": \"2026-01-05\"}],",
                        "\"@class\": \"java.lang.Runtime\","),
                        "/medication json.missing",
                        "/medication/@class json.unknown-property"),
                c("medication: not an object", med(MEDICATION.substring(MEDICATION.indexOf("{\n    \"regimens\""),
                        MEDICATION.lastIndexOf("\n  }\n}") + 4), "[]"),
                        "/medication json.wrong-type"));
    }

    static Stream<Arguments> careAndIncentiveCases() {
        return Stream.of(
                c("unknown property at top level", base("\"zone\": \"America/New_York\",\n  \"policy\"", "\"zoen\": \"UTC\", \"zone\": \"America/New_York\",\n  \"policy\""),
                        "/zoen json.unknown-property"),
                c("unknown property deep inside", base("\"sessionLength\": \"PT3H\"", "\"sessionLength\": \"PT3H\", \"room\": 4"),
                        "/plan/services/0/schedule/room json.unknown-property"),
                c("duplicate key", base("\"ageYears\": 29", "\"ageYears\": 29, \"ageYears\": 30"),
                        "/patient/ageYears json.duplicate-key"),
                c("wrong type: number for a string", base("\"zone\": \"America/New_York\",\n  \"policy\"",
                        "\"zone\": 5,\n  \"policy\""), "/zone json.wrong-type"),
                c("wrong type: string for an integer", base("\"ageYears\": 29", "\"ageYears\": \"29\""),
                        "/patient/ageYears json.wrong-type"),
                c("wrong type: null for an object", base("\"moud\": {\"engagement\": \"receiving\", \"medications\": [\"buprenorphine\"]}",
                        "\"moud\": null"), "/moud json.wrong-type"),
                c("wrong type: fraction for an integer", base("\"ageYears\": 29", "\"ageYears\": 29.5"),
                        "/patient/ageYears json.wrong-type"),
                c("missing required member", base("\"asOf\": \"2026-03-01T14:00:00Z\",", ""), " json.missing"),
                c("missing member of a schedule", base("\"type\": \"referral\", \"start\": \"2026-03-02\"", "\"type\": \"referral\""),
                        "/plan/services/2/schedule json.missing"),
                c("bad date", base("\"date\": \"2026-03-02\"", "\"date\": \"2026-02-30\""),
                        "/plan/attendance/0/date json.invalid-value"),
                c("date out of range", base("\"startDate\": \"2026-03-02\"", "\"startDate\": \"9999-03-02\""),
                        "/incentive/startDate json.out-of-range"),
                c("bad instant", base("\"2026-03-01T14:00:00Z\"", "\"2026-03-01 14:00\""), "/asOf json.invalid-value"),
                c("bad zone", base("\"zone\": \"America/New_York\",\n  \"policy\"", "\"zone\": \"Mars/Olympus\",\n  \"policy\""),
                        "/zone json.invalid-value"),
                c("bad duration", base("\"PT3H\"", "\"3 hours\""), "/plan/services/0/schedule/sessionLength json.invalid-value"),
                c("interval out of range", base("\"sessionLength\": \"PT3H\"", "\"sessionLength\": \"PT3H\", \"intervalWeeks\": 0"),
                        "/plan/services/0/schedule/intervalWeeks json.out-of-range"),
                c("override: unknown key, negative and huge periods, bad citation status",
                        base("\"layers\": [\"care-alt-continuing-care-12-months\"]}", "\"layers\": [], \"overrides\": {"
                                + "\"layer\": \"clinic:x\", \"description\": \"x\", \"thresholds\": ["
                                + "{\"key\": \"care.nope\", \"value\": 1, \"citation\": {\"document\": \"d\", \"edition\": \"e\", \"status\": \"local\"}},"
                                + "{\"key\": \"care.continuing-care.minimum-duration\", \"value\": \"P-3M\", \"citation\": {\"document\": \"d\", \"edition\": \"e\", \"status\": \"local\"}},"
                                + "{\"key\": \"care.weekly-hours.step-down-taper\", \"value\": \"P1000000Y\", \"citation\": {\"document\": \"d\", \"edition\": \"e\", \"status\": \"sure\"}}"
                                + "]}}"),
                        "/policy/overrides/thresholds/0/key json.unknown-code",
                        "/policy/overrides/thresholds/1/value json.out-of-range",
                        "/policy/overrides/thresholds/2/citation/status json.unknown-code",
                        "/policy/overrides/thresholds/2/value json.out-of-range"),
                c("override: periods overlap within the layer",
                        base("\"layers\": [\"care-alt-continuing-care-12-months\"]}", "\"overrides\": {"
                                + "\"layer\": \"clinic:x\", \"description\": \"x\", \"thresholds\": ["
                                + "{\"key\": \"care.population.adult-age\", \"value\": 21, \"from\": \"2020-01-01\", \"citation\": {\"document\": \"d\", \"edition\": \"e\", \"status\": \"local\"}},"
                                + "{\"key\": \"care.population.adult-age\", \"value\": 18, \"until\": \"2021-01-01\", \"citation\": {\"document\": \"d\", \"edition\": \"e\", \"status\": \"local\"}}"
                                + "]}}"),
                        "/policy/overrides/thresholds/1 json.invalid-value"),
                c("end before start", base("\"type\": \"stay\", \"start\": \"2026-03-02\", \"end\": \"2026-08-31\"",
                        "\"type\": \"stay\", \"start\": \"2026-03-02\", \"end\": \"2026-03-01\""),
                        "/plan/services/1/schedule/end json.invalid-value"),
                c("negative age", base("\"ageYears\": 29", "\"ageYears\": -1"), "/patient/ageYears json.out-of-range"),
                c("unknown enum code", base("\"delivery\": \"in-person\",\n       \"schedule\": {\"type\": \"sessions\"",
                        "\"delivery\": \"carrier-pigeon\",\n       \"schedule\": {\"type\": \"sessions\""),
                        "/plan/services/0/delivery json.unknown-code"),
                c("unknown ASAM level", base("\"asam3:2.1\"", "\"asam3:2.2\""), "/plan/placement/level json.unknown-code"),
                c("unknown modality", base("\"group-therapy\"", "\"GROUP_THERAPY\""), "/plan/services/0/modality json.unknown-code"),
                c("unknown analyte", base("\"cocaine\"", "\"caffeine\""),
                        "/incentive/events/0/results/0/analyte json.unknown-code"),
                c("unknown policy layer", base("[\"care-alt-continuing-care-12-months\"]",
                        "[\"care-alt-continuing-care-12-months\", \"texas\"]"), "/policy/layers/1 json.unknown-code"),
                c("NaN", base("\"drawSeed\": 7", "\"drawSeed\": NaN"), "/incentive/drawSeed json.syntax"),
                c("huge number", base("\"drawSeed\": 7", "\"drawSeed\": 123456789012345678901234567890"),
                        "/incentive/drawSeed json.out-of-range"),
                c("number of more than 1000 digits", base("\"drawSeed\": 7", "\"drawSeed\": " + "9".repeat(1001)),
                        "/incentive/drawSeed json.limit.number"),
                c("seed just beyond a long", base("\"drawSeed\": 7", "\"drawSeed\": 9223372036854775808"),
                        "/incentive/drawSeed json.out-of-range"),
                c("too-deep nesting", base("\"relapses\": []", "\"relapses\": " + nest(40)),
                        "/plan/relapses/0 json.wrong-type",
                        "/plan/relapses/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0 json.limit.depth"),
                c("too-long string", base("\"req-1\"", "\"" + "x".repeat(10_001) + "\""), "/correlation json.limit.string"),
                c("array too long", base("\"needs\": [\"housing\"]", "\"needs\": [" + "\"housing\",".repeat(10_000) + "\"legal\"]"),
                        "/patient/needs json.limit.array"),
                c("truncated document", BASE.substring(0, BASE.indexOf("\"plan\"") + 20), "/plan json.syntax"),
                c("class-name injection", base("\"moud\": {", "\"moud\": {\"@class\": \"java.lang.Runtime\", "),
                        "/moud/@class json.unknown-property"),
                c("class name as a type", base("\"type\": \"attendance\"", "\"type\": \"java.lang.Runtime\""),
                        "/incentive/events/1/type json.unknown-code"),
                c("empty document", "", " json.syntax"),
                c("not an object", "[1, 2]", " json.wrong-type"),
                c("trailing content", BASE + "{}", " json.syntax"),
                c("nothing to evaluate", BASE.substring(0, BASE.indexOf(",\n  \"plan\"")) + "\n}", " json.missing"),
                c("domain invariant: receiving without medication", base("\"medications\": [\"buprenorphine\"]", "\"medications\": []"),
                        "/moud/medications json.invalid-value"),
                c("domain invariant: attendance names a referral", base("\"service\": 0", "\"service\": 2"),
                        "/plan/attendance/0/service json.invalid-value"),
                c("duplicate day", base("[\"monday\", \"wednesday\", \"friday\"]", "[\"monday\", \"monday\"]"),
                        "/plan/services/0/schedule/days/1 json.invalid-value"),
                c("unknown preset and funding", base("\"ctn-0007-prize-bowl\", \"funding\": \"samhsa-grant\"",
                        "\"ctn-0008\", \"funding\": \"lottery\""),
                        "/incentive/funding json.unknown-code", "/incentive/preset json.unknown-code"),
                c("both a preset and a full program", base("\"preset\": \"ctn-0007-prize-bowl\",", "\"preset\": \"ctn-0007-prize-bowl\", "
                        + "\"program\": " + PROGRAM + ","), "/incentive json.invalid-value"),
                c("neither a preset nor a program", base("\"preset\": \"ctn-0007-prize-bowl\",", ""), "/incentive json.missing"),
                c("full program: unknown schedule type, too many weeks, unverifiable tier",
                        base("\"preset\": \"ctn-0007-prize-bowl\",", "\"program\": " + PROGRAM
                                .replace("\"escalating-vouchers\"", "\"lottery\"")
                                .replace("\"weeks\": 12", "\"weeks\": 521") + ","),
                        "/incentive/program/phases/0/weeks json.out-of-range",
                        "/incentive/program/schedule/type json.unknown-code"),
                c("full program: domain invariant (bonus analytes without bonus draws)",
                        base("\"preset\": \"ctn-0007-prize-bowl\",", "\"program\": " + PROGRAM
                                .replace("\"bonusAnalytes\": []", "\"bonusAnalytes\": [\"cocaine\"]") + ","),
                        "/incentive/program/bonusAnalytes json.invalid-value"),
                c("several problems in one document, all reported",
                        base("\"ageYears\": 29", "\"ageYears\": 200")
                                .replace("\"asam3:2.1\"", "\"asam9:1\"")
                                .replace("\"status\": \"attended\"", "\"status\": \"attended\", \"note\": \"x\"")
                                .replace("\"end\": \"2026-08-31\"", "\"end\": \"2026-02-31\"")
                                .replace("\"drawSeed\": 7", "\"drawSeed\": true")
                                .replace("\"zone\": \"America/New_York\",\n  \"policy\"", "\"zone\": \"America/New_York\",\n  \"policy\": {}, \"x\""),
                        "/incentive/drawSeed json.wrong-type",
                        "/patient/ageYears json.out-of-range",
                        "/plan/attendance/0/note json.unknown-property",
                        "/plan/placement/level json.unknown-code",
                        "/plan/services/1/schedule/end json.invalid-value",
                        "/policy json.missing",
                        "/x json.unknown-property"));
    }

    private static Arguments c(String name, String json, String... expected) {
        return Arguments.of(name, json, List.of(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void test_decode_malformed_reportsExactlyTheseProblems(String name, String json, List<String> expected) {
        Decoded<EvaluationRequest> decoded = AftercareJson.standard().decodeRequest(json.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded).isInstanceOf(Decoded.Rejected.class);
        List<String> actual = new ArrayList<>();
        for (Problem p : decoded.problems()) {
            actual.add(p.pointer() + " " + p.code());
            assertThat(p.message()).isNotBlank();
        }
        assertThat(actual).as(decoded.problems().toString()).containsExactlyElementsOf(expected);
    }

    @Test
    void test_base_isAccepted() {
        Decoded<EvaluationRequest> decoded = AftercareJson.standard().decodeRequest(BASE.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.problems()).isEmpty();
        assertThat(((Decoded.Accepted<EvaluationRequest>) decoded).correlation()).contains("req-1");
        assertThat(decoded.toString()).doesNotContain("req-1");
    }

    @Test
    void test_stream_documentOfExactlyTheLimit_isRead() throws Exception {
        byte[] bytes = BASE.getBytes(StandardCharsets.UTF_8);
        AftercareJson exact = AftercareJson.withLimits(DecodeLimits.DEFAULT.withMaxDocumentBytes(bytes.length));

        assertThat(exact.decodeRequest(new java.io.ByteArrayInputStream(bytes)).isAccepted()).isTrue();
        assertThat(AftercareJson.withLimits(DecodeLimits.DEFAULT.withMaxDocumentBytes(bytes.length - 1))
                .decodeRequest(new java.io.ByteArrayInputStream(bytes)).problems())
                .extracting(Problem::code).containsExactly("json.limit.size");
    }

    @Test
    void test_fullProgram_isAccepted_andRoundTrips() {
        String json = base("\"preset\": \"ctn-0007-prize-bowl\",", "\"program\": " + PROGRAM + ",");

        EvaluationRequest request = Fixtures.accepted(json);

        var program = request.incentiveProgram().orElseThrow();
        assertThat(program.name()).isEqualTo("clinic-vouchers");
        assertThat(program.schedule()).isEqualTo(org.aftercare.incentive.EscalatingVoucherSchedule
                .builder(org.aftercare.incentive.Money.of("2.50"), org.aftercare.incentive.Money.of("1.25"))
                .bonus(org.aftercare.incentive.VoucherBonus.of(org.aftercare.incentive.Money.of("10.00"), 3))
                .recovery(org.aftercare.incentive.RecoveryRule.after(5)).build());
        String encoded = AftercareJson.standard().encodeRequest(request, null);
        assertThat(encoded).contains("\"program\": {").doesNotContain("\"preset\"");
        assertThat(AftercareJson.standard().encodeRequest(Fixtures.accepted(encoded), null)).isEqualTo(encoded);
    }

    @Test
    void test_cases_areAtLeast25_andAtLeast12ForMedication() {
        assertThat(careAndIncentiveCases().count()).isGreaterThanOrEqualTo(25);
        assertThat(medicationCases().count()).isGreaterThanOrEqualTo(12);
    }

    @Test
    void test_dose_withTrailingZeros_isAccepted_andWrittenInCanonicalForm() {
        EvaluationRequest request = Fixtures.accepted(med("\"dose\": \"4 mg\"", "\"dose\": \"4.500 mg\""));

        var dose = request.medication().orElseThrow().adjunctOrders().get(0).dose();
        assertThat(dose.amount()).isEqualByComparingTo("4.5").hasScaleOf(3);
        assertThat(AftercareJson.standard().encodeRequest(request, null)).contains("\"dose\": \"4.5 mg\"")
                .doesNotContain("4.500");
    }

    @Test
    void test_medicationOnlyRequest_isAccepted_withEveryPart_andRoundTrips() {
        Decoded<EvaluationRequest> decoded = AftercareJson.standard()
                .decodeRequest(MEDICATION.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.problems()).isEmpty();
        EvaluationRequest request = ((Decoded.Accepted<EvaluationRequest>) decoded).value();
        assertThat(request.plan()).isEmpty();
        assertThat(request.incentiveProgram()).isEmpty();
        var record = request.medication().orElseThrow();
        assertThat(record.regimens()).hasSize(1);
        assertThat(record.doses()).hasSize(2);
        assertThat(record.doses().get(1).supplyDays()).isEqualTo(2);
        assertThat(record.doses().get(1).closureDays()).isEqualTo(1);
        assertThat(record.opioidExposures()).hasSize(2);
        assertThat(record.opioidExposures().get(1).lastUse()).isNull();
        assertThat(record.cowsAssessments()).hasSize(1);
        assertThat(record.drugTests()).hasSize(1);
        assertThat(record.naloxoneChallenges()).hasSize(1);
        assertThat(record.toleranceLossEvents()).hasSize(1);
        assertThat(record.takeHomeRequests()).hasSize(1);
        assertThat(record.takeHomeCriteriaAssessments()).hasSize(1);
        assertThat(record.adjunctOrders()).hasSize(1);
        assertThat(record.ecgResults()).hasSize(1);
        assertThat(record.firstDayDoseJustification()).isEqualTo(org.aftercare.Answer.NO);
        String encoded = AftercareJson.standard().encodeRequest(request, null);
        assertThat(AftercareJson.standard().encodeRequest(Fixtures.accepted(encoded), null)).isEqualTo(encoded);
        assertThat(encoded).doesNotContain("\"plan\"").doesNotContain("\"incentive\"");
    }

    @Test
    void test_invalidValue_messageNamesTheFieldAndValue() {
        String json = base("\"type\": \"stay\", \"start\": \"2026-03-02\", \"end\": \"2026-08-31\"",
                "\"type\": \"stay\", \"start\": \"2026-03-02\", \"end\": \"2026-03-01\"");

        Problem p = AftercareJson.standard().decodeRequest(json.getBytes(StandardCharsets.UTF_8)).problems().get(0);

        assertThat(p.message()).isEqualTo("stay.end must not be before stay.start 2026-03-02: 2026-03-01");
    }

    @Test
    void test_documentTooLarge_rejectedBeforeParsing() {
        DecodeLimits limits = DecodeLimits.DEFAULT.withMaxDocumentBytes(100);

        Decoded<EvaluationRequest> decoded = AftercareJson.withLimits(limits).decodeRequest(BASE.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.problems()).extracting(Problem::pointer, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("", "json.limit.size"));
    }

    @Test
    void test_documentTooLarge_fromStream_rejected() throws Exception {
        DecodeLimits limits = DecodeLimits.DEFAULT.withMaxDocumentBytes(100);

        Decoded<EvaluationRequest> decoded = AftercareJson.withLimits(limits)
                .decodeRequest(new java.io.ByteArrayInputStream(BASE.getBytes(StandardCharsets.UTF_8)));

        assertThat(decoded.problems()).extracting(Problem::code).containsExactly("json.limit.size");
    }

    @Test
    void test_stream_valid_accepted() throws Exception {
        Decoded<EvaluationRequest> decoded = AftercareJson.standard()
                .decodeRequest(new java.io.ByteArrayInputStream(BASE.getBytes(StandardCharsets.UTF_8)));

        assertThat(decoded.isAccepted()).isTrue();
    }

    @Test
    void test_encodeRequest_policyWithoutAWireForm_isRefused() {
        EvaluationRequest request = Fixtures.accepted(BASE);
        org.aftercare.Policy custom = org.aftercare.Policy.of("us-default",
                List.of(org.aftercare.PolicyLayer.builder("care-evidence-defaults", "a look-alike").build()));
        EvaluationRequest lookAlike = EvaluationRequest.builder(request.context().asOf(), request.context().zone())
                .policy(custom).patient(request.patient()).moud(request.moud()).plan(request.plan().orElseThrow()).build();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AftercareJson.standard().encodeRequest(lookAlike, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void test_encodeProblems_isStable() {
        String encoded = AftercareJson.standard().encodeProblems(List.of(new Problem("/a~1b", "json.missing", "m \"q\"")));

        assertThat(encoded).isEqualTo("{\n  \"problems\": [\n    {\n      \"pointer\": \"/a~1b\",\n"
                + "      \"code\": \"json.missing\",\n      \"message\": \"m \\\"q\\\"\"\n    }\n  ]\n}\n");
    }
}
