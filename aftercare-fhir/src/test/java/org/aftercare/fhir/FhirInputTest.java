package org.aftercare.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/** Bundles are flattened in entry order, however deep, and a bundle holding itself is read once. */
class FhirInputTest {
    static final Instant AS_OF = Instant.parse("2026-03-02T15:00:00Z");

    @Test
    void deeplyNestedBundlesAreFlattenedInOrderWithoutRecursion() {
        Bundle outer = new Bundle();
        Bundle current = outer;
        for (int i = 0; i < 100_000; i++) {
            Bundle next = new Bundle();
            current.addEntry().setResource(next);
            current = next;
        }
        Encounter deep = new Encounter();
        current.addEntry().setResource(deep);
        Encounter first = new Encounter();
        outer.getEntry().add(0, new Bundle.BundleEntryComponent().setResource(first));
        FhirInput input = FhirInput.builder(AS_OF, ZoneId.of("UTC")).bundle(outer).build();
        assertThat(input.resources()).containsExactly(first, deep);
    }

    @Test
    void aBundleHoldingItselfIsReadOnceAndEmptyEntriesAreSkipped() {
        Bundle b = new Bundle();
        Patient p = new Patient();
        b.addEntry().setResource(p);
        b.addEntry();
        b.addEntry().setResource(b);
        FhirInput input = FhirInput.builder(AS_OF, ZoneId.of("UTC")).bundle(b).draftOrder(b).build();
        assertThat(input.resources()).containsExactly(p);
        assertThat(input.draftOrders()).containsExactly(p);
        assertThat(input.toString()).isEqualTo("FhirInput[asOf=2026-03-02T15:00:00Z, zone=UTC, resources=1,"
                + " draftOrders=1]");
    }
}
