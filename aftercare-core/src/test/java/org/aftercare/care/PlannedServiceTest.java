package org.aftercare.care;

import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import org.aftercare.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PlannedServiceTest {
    private static final LocalDate START = LocalDate.of(2026, 3, 2);
    private static final LocalDate END = LocalDate.of(2026, 8, 31);
    private static final SessionSchedule WEEKLY = SessionSchedule.weekly(Duration.ofHours(1), START, END, MONDAY);
    private static final ResidentialStay STAY = ResidentialStay.of(START, END);
    private static final Referral REFERRAL = Referral.on(START);

    @Test
    void recoveryHousingIsAnInPersonStay() {
        PlannedService s = PlannedService.inPerson(Modality.RECOVERY_HOUSING, STAY);
        assertThat(s.delivery()).isEqualTo(Delivery.IN_PERSON);
        assertThat(s.schedule()).isEqualTo(STAY);
    }

    @Test
    void recoveryHousingAsSessionsIsRejected() {
        assertThatThrownBy(() -> PlannedService.inPerson(Modality.RECOVERY_HOUSING, WEEKLY))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("service.schedule must be a residential stay for recovery-housing: " + WEEKLY);
        assertThatThrownBy(() -> PlannedService.inPerson(Modality.THERAPEUTIC_COMMUNITY, REFERRAL))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("service.schedule must be a residential stay for therapeutic-community: Referral[start=2026-03-02]");
    }

    @Test
    void residenceByTelehealthIsRejected() {
        assertThatThrownBy(() -> PlannedService.telehealth(Modality.RECOVERY_HOUSING, STAY))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("service.delivery must be IN_PERSON for recovery-housing: TELEHEALTH");
    }

    @Test
    void staysAreOnlyForResidences() {
        assertThatThrownBy(() -> PlannedService.inPerson(Modality.PEER_RECOVERY_SUPPORT, STAY))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("service.schedule must not be a residential stay for peer-recovery-support: "
                        + "ResidentialStay[start=2026-03-02, end=2026-08-31]");
    }

    @ParameterizedTest
    @EnumSource(Modality.class)
    void clinicalModalitiesNeedASessionSchedule(Modality m) {
        if (m.role() == ModalityRole.CLINICAL) {
            assertThatThrownBy(() -> PlannedService.telehealth(m, REFERRAL))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("service.schedule must be a session schedule for " + m.code() + ": Referral[start=2026-03-02]");
            assertThat(PlannedService.telehealth(m, WEEKLY).modality()).isEqualTo(m);
        } else if (m.role() == ModalityRole.RESIDENCE) {
            assertThat(PlannedService.inPerson(m, STAY).modality()).isEqualTo(m);
        } else {
            assertThat(PlannedService.telehealth(m, REFERRAL).schedule()).isEqualTo(REFERRAL);
            assertThat(PlannedService.inPerson(m, WEEKLY).schedule()).isEqualTo(WEEKLY);
        }
    }

    @Test
    void nullsAreRejected() {
        assertThatThrownBy(() -> new PlannedService(null, Delivery.IN_PERSON, WEEKLY))
                .isInstanceOf(NullPointerException.class).hasMessage("service.modality");
        assertThatThrownBy(() -> new PlannedService(Modality.GROUP_THERAPY, null, WEEKLY))
                .isInstanceOf(NullPointerException.class).hasMessage("service.delivery");
        assertThatThrownBy(() -> new PlannedService(Modality.GROUP_THERAPY, Delivery.IN_PERSON, null))
                .isInstanceOf(NullPointerException.class).hasMessage("service.schedule");
    }
}
