package org.aftercare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MoudStatusTest {

    @Test
    void receivingNamesItsMedications() {
        MoudStatus s = MoudStatus.receiving(OudMedication.METHADONE, OudMedication.NALTREXONE);
        assertThat(s.engagement()).isEqualTo(MoudEngagement.RECEIVING);
        assertThat(s.isReceiving()).isTrue();
        assertThat(s.isReceiving(OudMedication.METHADONE)).isTrue();
        assertThat(s.isReceiving(OudMedication.NALTREXONE)).isTrue();
        assertThat(s.isReceiving(OudMedication.BUPRENORPHINE)).isFalse();
        assertThat(s.medications()).containsExactly(OudMedication.METHADONE, OudMedication.NALTREXONE);
    }

    @Test
    void receivingWithoutMedicationIsRejected() {
        assertThatThrownBy(() -> new MoudStatus(MoudEngagement.RECEIVING, Set.of()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("moud.medications must name at least one medication when RECEIVING: []");
    }

    @Test
    void medicationsWithoutReceivingAreRejected() {
        for (MoudEngagement e : EnumSet.complementOf(EnumSet.of(MoudEngagement.RECEIVING))) {
            assertThatThrownBy(() -> new MoudStatus(e, Set.of(OudMedication.METHADONE)))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("moud.medications must be empty when " + e + ": [METHADONE]");
        }
    }

    @Test
    void otherStatusesHaveNoMedications() {
        assertThat(MoudStatus.offeredDeclined()).isEqualTo(new MoudStatus(MoudEngagement.OFFERED_DECLINED, Set.of()));
        assertThat(MoudStatus.notOffered().engagement()).isEqualTo(MoudEngagement.NOT_OFFERED);
        assertThat(MoudStatus.unknown().engagement()).isEqualTo(MoudEngagement.UNKNOWN);
        assertThat(MoudStatus.unknown().isReceiving()).isFalse();
        assertThat(MoudStatus.notOffered().isReceiving(OudMedication.METHADONE)).isFalse();
        assertThat(MoudStatus.offeredDeclined().medications()).isEmpty();
    }

    @Test
    void medicationsAreCopied() {
        EnumSet<OudMedication> meds = EnumSet.of(OudMedication.BUPRENORPHINE);
        MoudStatus s = new MoudStatus(MoudEngagement.RECEIVING, meds);
        meds.add(OudMedication.METHADONE);
        assertThat(s.medications()).containsExactly(OudMedication.BUPRENORPHINE);
        assertThatThrownBy(() -> s.medications().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nullsAreRejected() {
        assertThatThrownBy(() -> new MoudStatus(null, Set.of())).isInstanceOf(NullPointerException.class)
                .hasMessage("moud.engagement");
        assertThatThrownBy(() -> new MoudStatus(MoudEngagement.UNKNOWN, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("moud.medications");
    }
}
