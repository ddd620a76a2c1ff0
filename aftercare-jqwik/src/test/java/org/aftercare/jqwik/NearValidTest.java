package org.aftercare.jqwik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.aftercare.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Every near-valid input is rejected by core with an InvalidValueException naming exactly the broken field. */
class NearValidTest {

    @Provide
    Arbitrary<NearValid.Case> cases() {
        return NearValid.cases();
    }

    @Property(tries = 1000)
    void everyNearValidInputIsRejectedNamingItsField(@ForAll("cases") NearValid.Case c) {
        Throwable thrown = catchThrowable(() -> c.build().get());
        assertThat(thrown).as(c.toString()).isInstanceOf(InvalidValueException.class);
        assertThat(((InvalidValueException) thrown).field()).as(c.toString()).isEqualTo(c.field());
    }

    @Test
    void theCasesCoverEveryType() {
        Set<String> types = NearValid.cases().sampleStream().limit(3000).map(NearValid.Case::type)
                .collect(Collectors.toSet());
        assertThat(types).containsExactlyInAnyOrder("SessionSchedule", "PatientContext", "CowsAssessment", "Dose",
                "Money", "CarePlacement", "Regimen", "TakeHomeRequest", "DoseEvent", "AttendanceRecord", "DrugTest");
        Set<String> fields = NearValid.cases().sampleStream().limit(3000).map(NearValid.Case::field)
                .collect(Collectors.toSet());
        assertThat(fields).contains("schedule.sessionLength", "schedule.end", "schedule.intervalWeeks", "schedule.days",
                "patient.ageYears", "takeHomeRequest.supplyDays", "takeHomeRequest.closureDays");
    }
}
