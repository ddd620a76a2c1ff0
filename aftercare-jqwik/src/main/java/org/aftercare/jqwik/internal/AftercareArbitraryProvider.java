package org.aftercare.jqwik.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.aftercare.MoudStatus;
import org.aftercare.PatientContext;
import org.aftercare.care.AftercarePlan;
import org.aftercare.care.PlannedService;
import org.aftercare.care.SessionSchedule;
import org.aftercare.evaluation.EvaluationRequest;
import org.aftercare.incentive.IncentiveEvent;
import org.aftercare.incentive.IncentiveProgram;
import org.aftercare.incentive.Money;
import org.aftercare.jqwik.AftercareArbitraries;
import org.aftercare.jqwik.Timeline;
import org.aftercare.jqwik.Timelines;
import org.aftercare.medication.CowsAssessment;
import org.aftercare.medication.Dose;
import org.aftercare.medication.MedicationRecord;
import org.aftercare.medication.OpioidExposure;
import org.aftercare.medication.TakeHomeRequest;
import org.aftercare.screening.DrugTest;

/**
 * The one default provider of aftercare-jqwik: {@code @ForAll AftercarePlan plan} and the other domain types with no
 * setup. Dispatches on the exact requested type; enums are left to jqwik's own enum support.
 */
public final class AftercareArbitraryProvider implements ArbitraryProvider {

    private static final Map<Class<?>, Supplier<Arbitrary<?>>> BY_TYPE = new LinkedHashMap<>();

    static {
        BY_TYPE.put(PatientContext.class, AftercareArbitraries::patients);
        BY_TYPE.put(MoudStatus.class, AftercareArbitraries::moudStatuses);
        BY_TYPE.put(SessionSchedule.class, AftercareArbitraries::sessionSchedules);
        BY_TYPE.put(PlannedService.class, AftercareArbitraries::plannedServices);
        BY_TYPE.put(AftercarePlan.class, AftercareArbitraries::plans);
        BY_TYPE.put(Dose.class, AftercareArbitraries::doses);
        BY_TYPE.put(CowsAssessment.class, AftercareArbitraries::cowsAssessments);
        BY_TYPE.put(OpioidExposure.class, AftercareArbitraries::opioidExposures);
        BY_TYPE.put(DrugTest.class, AftercareArbitraries::drugTests);
        BY_TYPE.put(TakeHomeRequest.class, AftercareArbitraries::takeHomeRequests);
        BY_TYPE.put(MedicationRecord.class, AftercareArbitraries::medicationRecords);
        BY_TYPE.put(Money.class, AftercareArbitraries::money);
        BY_TYPE.put(IncentiveProgram.class, AftercareArbitraries::incentivePrograms);
        BY_TYPE.put(IncentiveEvent.class, AftercareArbitraries::incentiveEvents);
        BY_TYPE.put(EvaluationRequest.class, AftercareArbitraries::evaluationRequests);
        BY_TYPE.put(Timeline.class, Timelines::timelines);
    }

    /**
     * Returns the types this provider answers for, in registration order.
     *
     * @return the types, not null
     */
    public static Set<Class<?>> providedTypes() {
        return Set.copyOf(BY_TYPE.keySet());
    }

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return BY_TYPE.keySet().stream().anyMatch(targetType::isOfType);
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        for (Map.Entry<Class<?>, Supplier<Arbitrary<?>>> e : BY_TYPE.entrySet()) {
            if (targetType.isOfType(e.getKey())) {
                return Set.of(e.getValue().get());
            }
        }
        return Set.of();
    }
}
