package org.aftercare.medication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each kind of opioid and each adjunct reads its own policy key; unknown kinds read none. */
class MedicationPolicyKeysTest {

    @Test
    void buprenorphineWait_perKind() {
        assertThat(MedicationPolicyKeys.buprenorphineWait(OpioidKind.SHORT_ACTING))
                .contains(MedicationPolicyKeys.BUPRENORPHINE_WAIT_SHORT_ACTING);
        assertThat(MedicationPolicyKeys.buprenorphineWait(OpioidKind.EXTENDED_RELEASE))
                .contains(MedicationPolicyKeys.BUPRENORPHINE_WAIT_EXTENDED_RELEASE);
        assertThat(MedicationPolicyKeys.buprenorphineWait(OpioidKind.METHADONE))
                .contains(MedicationPolicyKeys.BUPRENORPHINE_WAIT_METHADONE);
        assertThat(MedicationPolicyKeys.buprenorphineWait(OpioidKind.FENTANYL))
                .contains(MedicationPolicyKeys.BUPRENORPHINE_WAIT_FENTANYL);
        assertThat(MedicationPolicyKeys.buprenorphineWait(OpioidKind.BUPRENORPHINE)).isEmpty();
        assertThat(MedicationPolicyKeys.buprenorphineWait(OpioidKind.UNKNOWN)).isEmpty();
    }

    @Test
    void naltrexoneOpioidFree_perKind() {
        assertThat(MedicationPolicyKeys.naltrexoneOpioidFree(OpioidKind.SHORT_ACTING))
                .contains(MedicationPolicyKeys.NALTREXONE_FREE_SHORT_ACTING);
        assertThat(MedicationPolicyKeys.naltrexoneOpioidFree(OpioidKind.EXTENDED_RELEASE))
                .contains(MedicationPolicyKeys.NALTREXONE_FREE_EXTENDED_RELEASE);
        assertThat(MedicationPolicyKeys.naltrexoneOpioidFree(OpioidKind.METHADONE))
                .contains(MedicationPolicyKeys.NALTREXONE_FREE_METHADONE);
        assertThat(MedicationPolicyKeys.naltrexoneOpioidFree(OpioidKind.BUPRENORPHINE))
                .contains(MedicationPolicyKeys.NALTREXONE_FREE_BUPRENORPHINE);
        assertThat(MedicationPolicyKeys.naltrexoneOpioidFree(OpioidKind.FENTANYL))
                .contains(MedicationPolicyKeys.NALTREXONE_FREE_FENTANYL);
        assertThat(MedicationPolicyKeys.naltrexoneOpioidFree(OpioidKind.UNKNOWN)).isEmpty();
    }

    @Test
    void adjunctLimit_perAdjunct() {
        assertThat(MedicationPolicyKeys.adjunctLimit(Adjunct.LOFEXIDINE)).contains(MedicationPolicyKeys.LOFEXIDINE_LIMIT);
        assertThat(MedicationPolicyKeys.adjunctLimit(Adjunct.CLONIDINE)).contains(MedicationPolicyKeys.CLONIDINE_LIMIT);
        assertThat(MedicationPolicyKeys.adjunctLimit(Adjunct.LOPERAMIDE)).contains(MedicationPolicyKeys.LOPERAMIDE_LIMIT);
        assertThat(MedicationPolicyKeys.adjunctLimit(Adjunct.ONDANSETRON)).contains(MedicationPolicyKeys.ONDANSETRON_LIMIT);
        assertThat(MedicationPolicyKeys.adjunctLimit(Adjunct.HYDROXYZINE)).isEmpty();
    }
}
