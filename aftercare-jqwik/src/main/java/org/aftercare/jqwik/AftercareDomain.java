package org.aftercare.jqwik;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;
import org.aftercare.MoudStatus;
import org.aftercare.PatientContext;
import org.aftercare.care.AftercarePlan;
import org.aftercare.care.PlannedService;
import org.aftercare.care.SessionSchedule;
import org.aftercare.evaluation.EvaluationRequest;
import org.aftercare.incentive.IncentiveEvent;
import org.aftercare.incentive.IncentiveProgram;
import org.aftercare.incentive.Money;
import org.aftercare.medication.CowsAssessment;
import org.aftercare.medication.Dose;
import org.aftercare.medication.MedicationRecord;
import org.aftercare.medication.OpioidExposure;
import org.aftercare.medication.TakeHomeRequest;
import org.aftercare.screening.DrugTest;

/**
 * An opt-in jqwik domain context with the aftercare generators, such as
 * {@code @Domain(AftercareDomain.class) class MyRuleTest { @Property void p(@ForAll AftercarePlan plan) {...} }}.
 *
 * <p>Within {@code @Domain(AftercareDomain.class)} only these generators apply (jqwik's rule for domain contexts); add
 * {@code @Domain(DomainContext.Global.class)} to keep jqwik's defaults for {@code String}, {@code int} and the rest.
 * Besides the single types it provides {@code List<IncentiveEvent>} as a chronological stream
 * ({@link AftercareArbitraries#incentiveEventStreams()}). The generators are those of {@link AftercareArbitraries} and
 * {@link Timelines}, with their stated defaults.
 *
 * @since 0.1.0
 */
public class AftercareDomain extends DomainContextBase {

    /** Creates the context; jqwik instantiates it. */
    public AftercareDomain() {
    }

    @Provide
    Arbitrary<PatientContext> patients() {
        return AftercareArbitraries.patients();
    }

    @Provide
    Arbitrary<MoudStatus> moudStatuses() {
        return AftercareArbitraries.moudStatuses();
    }

    @Provide
    Arbitrary<SessionSchedule> sessionSchedules() {
        return AftercareArbitraries.sessionSchedules();
    }

    @Provide
    Arbitrary<PlannedService> plannedServices() {
        return AftercareArbitraries.plannedServices();
    }

    @Provide
    Arbitrary<AftercarePlan> plans() {
        return AftercareArbitraries.plans();
    }

    @Provide
    Arbitrary<Dose> doses() {
        return AftercareArbitraries.doses();
    }

    @Provide
    Arbitrary<CowsAssessment> cowsAssessments() {
        return AftercareArbitraries.cowsAssessments();
    }

    @Provide
    Arbitrary<OpioidExposure> opioidExposures() {
        return AftercareArbitraries.opioidExposures();
    }

    @Provide
    Arbitrary<DrugTest> drugTests() {
        return AftercareArbitraries.drugTests();
    }

    @Provide
    Arbitrary<TakeHomeRequest> takeHomeRequests() {
        return AftercareArbitraries.takeHomeRequests();
    }

    @Provide
    Arbitrary<MedicationRecord> medicationRecords() {
        return AftercareArbitraries.medicationRecords();
    }

    @Provide
    Arbitrary<Money> money() {
        return AftercareArbitraries.money();
    }

    @Provide
    Arbitrary<IncentiveProgram> incentivePrograms() {
        return AftercareArbitraries.incentivePrograms();
    }

    @Provide
    Arbitrary<IncentiveEvent> incentiveEvents() {
        return AftercareArbitraries.incentiveEvents();
    }

    @Provide
    Arbitrary<List<IncentiveEvent>> incentiveEventStreams() {
        return AftercareArbitraries.incentiveEventStreams();
    }

    @Provide
    Arbitrary<EvaluationRequest> evaluationRequests() {
        return AftercareArbitraries.evaluationRequests();
    }

    @Provide
    Arbitrary<Timeline> timelines() {
        return Timelines.timelines();
    }
}
