package org.aftercare.jqwik.example;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftercare.Finding;
import org.aftercare.PatientContext;
import org.aftercare.care.AftercarePlan;
import org.aftercare.evaluation.Aftercare;
import org.aftercare.evaluation.EvaluationRequest;
import org.aftercare.jqwik.AftercareArbitraries;
import org.aftercare.jqwik.Timeline;
import org.aftercare.jqwik.Timelines;

/** The first two ways into the generators that docs/testing.md quotes, as passing properties. */
class ThreeWaysInExamplePropertiesTest {

    // snippet:no-setup
    @Property(tries = 200)
    void everyPlanFindingNamesAFieldOfThePlan(@ForAll AftercarePlan plan) {
        EvaluationRequest request = EvaluationRequest.builder(
                AftercareArbitraries.REFERENCE_DATE.atStartOfDay(AftercareArbitraries.ZONE).toInstant(),
                AftercareArbitraries.ZONE).plan(plan).build();
        for (Finding f : Aftercare.evaluate(request).evaluation().findings()) {
            assertThat(f.path()).startsWith("plan");
        }
    }
    // end-snippet

    // snippet:factories
    @Provide
    Arbitrary<PatientContext> adults() {
        return AftercareArbitraries.adults();
    }

    @Provide
    Arbitrary<Timeline> years() {
        return Timelines.timelines().weeks(52, 156).urinePositivityRate(0.3).missedDoseRuns(0.1, 7);
    }

    @Property(tries = 200)
    void adultsAreEighteenOrOlder(@ForAll("adults") PatientContext patient) {
        assertThat(patient.ageYears().getAsInt()).isGreaterThanOrEqualTo(18);
    }

    @Property(tries = 50)
    void timelinesLastOneToThreeYears(@ForAll("years") Timeline timeline) {
        assertThat(timeline.weeks()).isBetween(52, 156);
    }
    // end-snippet
}
