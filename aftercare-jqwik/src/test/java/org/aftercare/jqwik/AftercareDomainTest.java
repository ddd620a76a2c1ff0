package org.aftercare.jqwik;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import org.aftercare.PatientContext;
import org.aftercare.incentive.IncentiveEvent;
import org.aftercare.medication.Dose;

/** The opt-in domain context provides the same generators, and event streams as lists. */
@Domain(AftercareDomain.class)
class AftercareDomainTest {

    @Property(tries = 100)
    void domainProvidesDomainTypes(@ForAll PatientContext patient, @ForAll Dose dose,
            @ForAll List<IncentiveEvent> stream) {
        assertThat(patient.ageYears().orElse(18)).isBetween(0, PatientContext.MAX_AGE_YEARS);
        assertThat(dose.milligrams()).isPositive();
        assertThat(stream).hasSizeLessThanOrEqualTo(60)
                .isSortedAccordingTo(IncentiveEvent.chronological(AftercareArbitraries.ZONE));
    }
}
