package org.aftercare.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.aftercare.Answer;
import org.aftercare.Finding;
import org.aftercare.MoudStatus;
import org.aftercare.OudMedication;
import org.aftercare.PatientContext;
import org.aftercare.care.AftercarePlan;
import org.aftercare.care.AsamLevel;
import org.aftercare.care.CarePlacement;
import org.aftercare.care.CareSetting;
import org.aftercare.care.Modality;
import org.aftercare.care.PlannedService;
import org.aftercare.care.SessionSchedule;
import org.aftercare.evaluation.Aftercare;
import org.aftercare.evaluation.EvaluationRequest;
import org.aftercare.incentive.FundingPolicies;
import org.aftercare.incentive.IncentiveEvent;
import org.aftercare.incentive.IncentiveInstrument;
import org.aftercare.incentive.IncentivePresets;
import org.aftercare.incentive.IncentiveProgram;
import org.aftercare.medication.Dose;
import org.aftercare.medication.DoseEvent;
import org.aftercare.medication.Formulation;
import org.aftercare.medication.MedicationRecord;
import org.aftercare.medication.Regimen;
import org.aftercare.medication.RegimenPhase;
import org.aftercare.screening.Analyte;
import org.aftercare.screening.AnalyteResult;
import org.aftercare.screening.DrugTest;
import org.aftercare.screening.Outcome;
import org.aftercare.screening.Specimen;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/** An incentive programme as a CarePlan activity naming a core preset; its events from the drug tests and doses. */
class IncentiveMappingTest {
    static final ZoneId ZONE = ZoneId.of("America/New_York");
    static final LocalDate START = LocalDate.of(2026, 3, 2);
    static final Instant AS_OF = Instant.parse("2026-03-20T15:00:00Z");
    static final FhirMapper MAPPER = FhirRoundTripPropertiesTest.MAPPER;

    static EvaluationRequest request() {
        MoudStatus moud = MoudStatus.receiving(OudMedication.BUPRENORPHINE);
        AftercarePlan plan = AftercarePlan.builder()
                .patient(PatientContext.builder().ageYears(34).opioidUseDisorder(Answer.YES).build())
                .placement(CarePlacement.of(AsamLevel.V3_2_1, CareSetting.OUTPATIENT, START, START.plusWeeks(12)))
                .service(PlannedService.inPerson(Modality.GROUP_THERAPY, SessionSchedule.weekly(Duration.ofHours(3),
                        START, START.plusWeeks(12), DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY)))
                .moud(moud).continuingCare(START, START.plusYears(1)).build();
        IncentiveProgram program = IncentivePresets.ctn0007PrizeBowl().toProgramBuilder()
                .funding(FundingPolicies.policy(FundingPolicies.SAMHSA_GRANT)).instrument(IncentiveInstrument.GOODS)
                .setting(CareSetting.OUTPATIENT).startDate(START).zone(ZONE)
                .prescribedMoud(Set.of(OudMedication.BUPRENORPHINE)).build();
        Instant monday = START.atTime(9, 30).atZone(ZONE).toInstant();
        MedicationRecord record = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.BUPRENORPHINE_NALOXONE_SUBLINGUAL, RegimenPhase.MAINTENANCE,
                        START.minusDays(30)))
                .dose(DoseEvent.administered(Formulation.BUPRENORPHINE_NALOXONE_SUBLINGUAL, Dose.ofMilligrams("16"),
                        monday))
                .drugTest(DrugTest.of(Specimen.URINE, monday, List.of(AnalyteResult.of(Analyte.COCAINE,
                        Outcome.NEGATIVE), AnalyteResult.of(Analyte.BUPRENORPHINE, Outcome.POSITIVE))))
                .drugTest(DrugTest.missed(Specimen.URINE, monday.plus(Duration.ofDays(2))))
                .build();
        List<IncentiveEvent> events = new ArrayList<>();
        record.drugTests().forEach(t -> events.add(new IncentiveEvent.SampleResult(t)));
        events.add(new IncentiveEvent.MedicationDose(START, true));
        return EvaluationRequest.builder(AS_OF, ZONE).plan(plan).medication(record).incentives(program, events).build();
    }

    @Test
    void presetProgrammeRoundTripsWithItsEvents() {
        EvaluationRequest request = request();
        FhirMapping back = FhirRoundTripPropertiesTest.roundTrip(request);
        assertThat(back.findings()).isEmpty();
        assertThat(IncentiveMapping.equivalent(back.request().incentiveProgram().orElseThrow(),
                request.incentiveProgram().orElseThrow())).isTrue();
        assertThat(back.request().incentiveEvents()).isEqualTo(request.incentiveEvents());
        assertThat(back.request().plan()).isEqualTo(request.plan());
        assertThat(Aftercare.evaluate(back.request()).incentiveReport()).isPresent();
    }

    static CarePlan carePlanOf(List<Resource> resources) {
        return resources.stream().filter(CarePlan.class::isInstance).map(CarePlan.class::cast).findFirst().orElseThrow();
    }

    @Test
    void unknownPresetAndMissingFundingAreReported() {
        List<Resource> resources = MAPPER.toResources(request());
        CarePlan cp = carePlanOf(resources);
        CarePlan.CarePlanActivityDetailComponent detail = cp.getActivity().get(cp.getActivity().size() - 1).getDetail();
        detail.getCode().getCodingFirstRep().setCode("bingo");
        FhirMapping m = MAPPER.toRequest(FhirInput.builder(AS_OF, ZONE).resources(resources).build());
        assertThat(m.request().incentiveProgram()).isEmpty();
        assertThat(m.findings()).extracting(Finding::code, Finding::path, Finding::message).containsExactly(tuple(
                "fhir.unmapped-code", "CarePlan/cp-1.activity[2].detail.code", "Incentive preset \"bingo\" is not one"
                        + " of cra-vouchers-higgins-1994, hopkins-vouchers-silverman-1996, ctn-0007-prize-bowl,"
                        + " california-recovery-incentives"));

        detail.getCode().getCodingFirstRep().setCode("ctn-0007-prize-bowl");
        detail.getExtension().removeIf(e -> e.getUrl().endsWith("incentive-funding"));
        assertThat(MAPPER.toRequest(FhirInput.builder(AS_OF, ZONE).resources(resources).build()).findings())
                .extracting(Finding::code, Finding::message).containsExactly(tuple("fhir.missing-element",
                        "Incentive programme funding is not given; one of oig-nominal-value, oig-ao-22-04,"
                                + " samhsa-grant, california-recovery-incentives"));
        detail.addExtension("http://aftercare.org/fhir/StructureDefinition/incentive-funding", new CodeType("lottery"));
        assertThat(MAPPER.toRequest(FhirInput.builder(AS_OF, ZONE).resources(resources).build()).findings())
                .extracting(Finding::code).containsExactly("fhir.unmapped-code");
    }
}
